import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ClientMutationsResolver, ClientResolver } from '../client';
import { ClientInsightResolver } from '../insight';
import { ClientsResolver, PortfolioResolver, RiskChangedResolver } from '../portfolio';
import { ClientTerminationResolver, TerminationMutationsResolver, TerminationProgressedResolver, TerminationResolver } from '../termination';

export const SCHEMA_FILE_NAME = 'schema.graphql';

/** The SDL the gateway serves, sorted, as committed in schema.graphql for CRM integrators. */
export async function printGraphqlSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create([
      ClientResolver,
      ClientMutationsResolver,
      ClientInsightResolver,
      ClientsResolver,
      RiskChangedResolver,
      PortfolioResolver,
      TerminationResolver,
      ClientTerminationResolver,
      TerminationMutationsResolver,
      TerminationProgressedResolver,
    ]);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
