import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { type GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { AppMetrics } from './app-metrics';

const OK = 'OK';

/** Times each GraphQL operation and counts each mutation field (a command) by the code its caller received. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(@Inject(AppMetrics) private readonly metrics: AppMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const stop = this.metrics.graphqlDuration.startTimer();
    let operation: OperationDefinitionNode | undefined;
    let errors: readonly GraphQLError[] = [];
    return {
      didResolveOperation: async (context) => {
        operation = context.operation;
      },
      didEncounterErrors: async (context) => {
        errors = context.errors;
      },
      willSendResponse: async (context) => {
        const type = operation?.operation ?? 'invalid';
        const firstCode = errors.length > 0 ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : OK;
        stop({ type, operation: this.metrics.operationOf(context.operationName), outcome: firstCode });
        if (operation?.operation === 'mutation') this.countCommands(operation, errors);
      },
    };
  }

  /** Mutation field names come from the schema: a bounded set. */
  private countCommands(operation: OperationDefinitionNode, errors: readonly GraphQLError[]): void {
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const error = errors.find((candidate) => candidate.path?.[0] === key);
      this.metrics.commands.inc({
        command: selection.name.value,
        code: error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : OK,
        reason: error ? String(error.extensions?.reason ?? 'none') : OK,
      });
    }
  }
}
