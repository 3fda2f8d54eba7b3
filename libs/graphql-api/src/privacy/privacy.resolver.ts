import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessRole, type ClientDataExport, ClientDataExporter, ClientErasure } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { commandContextOf, type GraphqlContext } from '../client/request-context';
import { JSONObject } from '../shared/json.scalar';
import { ClientDataArgs } from './privacy.args';
import { ForgetClientInput } from './privacy.inputs';
import { ForgetClientPayload } from './privacy.model';

/** Personal data requests, ADMIN only: see docs/personal-data.md. */
@Resolver()
export class PrivacyResolver {
  constructor(
    @Inject(ClientDataExporter) private readonly exporter: ClientDataExporter,
    @Inject(ClientErasure) private readonly erasure: ClientErasure,
  ) {}

  @Allow(AccessRole.Admin)
  @Query(() => JSONObject, {
    description:
      'Everything held about a client (ADMIN): every event of its stream and of its terminations, with metadata, personal fields decrypted (or "[erased]" after forgetClient). NOT_FOUND when no such client is registered.',
  })
  exportClientData(@Args() { clientId }: ClientDataArgs): Promise<ClientDataExport> {
    return this.exporter.export(clientId);
  }

  @Allow(AccessRole.Admin)
  @Mutation(() => ForgetClientPayload, {
    description:
      'Erase a client\'s personal data (ADMIN): its data key is destroyed, so names, contacts and free text read "[erased]" everywhere; amounts, dates and ids stay, and risk, profitability and the portfolio still compute. Cannot be undone.',
  })
  forgetClient(
    @Args('input', { description: 'Which client, and why.' }) { clientId, reason }: ForgetClientInput,
    @Context() context: GraphqlContext,
  ): Promise<ForgetClientPayload> {
    const { actor, correlationId } = commandContextOf(context, {});
    return this.erasure.forget(clientId, reason, { actor, correlationId });
  }
}
