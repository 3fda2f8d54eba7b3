import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { type ClientDataExport, ClientDataExporter } from '@client-lifecycle/application';
import { JSONObject } from '../shared/json.scalar';
import { ClientDataArgs } from './privacy.args';

/** Personal data requests (ADMIN only): see docs/personal-data.md. */
@Resolver()
export class PrivacyResolver {
  constructor(@Inject(ClientDataExporter) private readonly exporter: ClientDataExporter) {}

  @Query(() => JSONObject, {
    description:
      'Everything held about a client (ADMIN): every event of its stream and of its terminations, with metadata, personal fields decrypted (or "[erased]" after forgetClient). NOT_FOUND when no such client is registered.',
  })
  exportClientData(@Args() { clientId }: ClientDataArgs): Promise<ClientDataExport> {
    return this.exporter.export(clientId);
  }
}
