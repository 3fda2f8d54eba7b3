/**
 * The bench's anchor: a bare NestJS 11 + Apollo 5 app whose `client(id)` returns one constant
 * object of the real client's shape (risk and profitability included), and whose `clients`,
 * `collectionWorklist`, `simulate` and `logTime` answer constants of their shapes. What the stack itself
 * costs on this machine, in the same run: the real app's figures are printed as ratios to these.
 * Run by bench/http.bench.ts, bench/worklist.bench.ts and bench/simulate.bench.ts as its own process (as the real app is); prints "Listening on URL".
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Args, Field, Float, GraphQLModule, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';

enum Band {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  LET_GO = 'LET_GO',
}
registerEnumType(Band, { name: 'RiskBand' });

enum Recommendation {
  KEEP = 'KEEP',
  RENEGOTIATE = 'RENEGOTIATE',
  PROPOSE_TERMINATION = 'PROPOSE_TERMINATION',
}
registerEnumType(Recommendation, { name: 'Recommendation' });

enum Archetype {
  NON_PAYER = 'NON_PAYER',
}
registerEnumType(Archetype, { name: 'Archetype' });

enum FactorKey {
  DAYS_OVERDUE = 'DAYS_OVERDUE',
}
registerEnumType(FactorKey, { name: 'RiskFactorKey' });

@InputType()
class ClientFilter {
  @Field(() => Band, { nullable: true }) band?: Band;
}

@ObjectType()
class Money {
  @Field(() => Int) amountMinor!: number;
  @Field(() => String) currency!: string;
}

@ObjectType()
class Factor {
  @Field(() => FactorKey) key!: FactorKey;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
  @Field(() => String) explanation!: string;
  @Field(() => [String]) evidenceEventIds!: string[];
}

@ObjectType()
class Trend {
  @Field(() => Float) delta!: number;
}

@ObjectType()
class Risk {
  @Field(() => Float) score!: number;
  @Field(() => Band) band!: Band;
  @Field(() => Recommendation) recommendation!: Recommendation;
  @Field(() => [Archetype]) archetypes!: Archetype[];
  @Field(() => [Factor]) topFactors!: Factor[];
  @Field(() => Trend, { nullable: true }) trend!: Trend | null;
}

@ObjectType()
class Profitability {
  @Field(() => Money) invoiced!: Money;
  @Field(() => Money) collected!: Money;
  @Field(() => Money) outstanding!: Money;
  @Field(() => Money) contributionMargin!: Money;
  @Field(() => Float, { nullable: true }) contributionMarginPercent!: number | null;
  @Field(() => Money, { nullable: true }) effectiveHourlyRate!: Money | null;
  @Field(() => Float, { nullable: true }) paymentIndex!: number | null;
  @Field(() => Money) costToServe!: Money;
}

@ObjectType()
class Client {
  @Field(() => String) clientId!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) version!: number;
  @Field(() => Money) outstanding!: Money;
  @Field(() => Risk) risk!: Risk;
  @Field(() => Profitability) profitability!: Profitability;
}

@ObjectType()
class Summary {
  @Field(() => String) clientId!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) score!: number;
  @Field(() => Band) band!: Band;
  @Field(() => Recommendation) recommendation!: Recommendation;
  @Field(() => [Archetype]) archetypes!: Archetype[];
  @Field(() => Money) overdue!: Money;
  @Field(() => Money) contributionMargin!: Money;
  @Field(() => String) asOf!: string;
}

@ObjectType()
class SummaryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Summary) node!: Summary;
}

@ObjectType()
class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
class SummaryConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [SummaryEdge]) edges!: SummaryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('LogTimeInput')
class LogTime {
  @Field(() => String) clientId!: string;
  @Field(() => String) timeEntryId!: string;
  @Field(() => String) activity!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => Boolean) billable!: boolean;
  @Field(() => String) workedOn!: string;
}

@ObjectType()
class Payload {
  @Field(() => String) clientId!: string;
  @Field(() => Int) version!: number;
}

const factor: Factor = {
  key: FactorKey.DAYS_OVERDUE,
  points: 12.5,
  maxPoints: 25,
  explanation: 'Oldest open invoice 45 days past due',
  evidenceEventIds: ['0192f000-0000-7000-8000-000000000001'],
};
const CLIENT: Client = {
  clientId: 'anchor-00001',
  name: 'Anchor Client',
  version: 120,
  outstanding: { amountMinor: 1_250_000, currency: 'EUR' },
  risk: {
    score: 42.5,
    band: Band.AMBER,
    recommendation: Recommendation.RENEGOTIATE,
    archetypes: [Archetype.NON_PAYER],
    topFactors: [factor, factor, factor],
    trend: { delta: 2.5 },
  },
  profitability: {
    invoiced: { amountMinor: 9_000_000, currency: 'EUR' },
    collected: { amountMinor: 7_750_000, currency: 'EUR' },
    outstanding: { amountMinor: 1_250_000, currency: 'EUR' },
    contributionMargin: { amountMinor: 2_100_000, currency: 'EUR' },
    contributionMarginPercent: 23.3,
    effectiveHourlyRate: { amountMinor: 8_100, currency: 'EUR' },
    paymentIndex: 62.5,
    costToServe: { amountMinor: 450_000, currency: 'EUR' },
  },
};
const ROW: Summary = {
  clientId: 'anchor-00001',
  name: 'Anchor Client',
  score: 62,
  band: Band.RED,
  recommendation: Recommendation.PROPOSE_TERMINATION,
  archetypes: [Archetype.NON_PAYER],
  overdue: { amountMinor: 500_000, currency: 'EUR' },
  contributionMargin: { amountMinor: -20_000, currency: 'EUR' },
  asOf: '2026-11-20',
};
const PAGE: SummaryConnection = {
  totalCount: 16_000,
  edges: Array.from({ length: 50 }, (_, index) => ({ cursor: `cursor-${index}`, node: { ...ROW, clientId: `anchor-${index}` } })),
  pageInfo: { hasNextPage: true, endCursor: 'cursor-49' },
};

@ObjectType()
class Draft {
  @Field(() => String) kind!: string;
  @Field(() => String) locale!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
}

@ObjectType()
class WorklistInvoice {
  @Field(() => String) invoiceId!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => Money) openBalance!: Money;
}

@ObjectType()
class WorklistEntry {
  @Field(() => String) entryId!: string;
  @Field(() => String) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) action!: string;
  @Field(() => String) step!: string;
  @Field(() => String) dueOn!: string;
  @Field(() => Int) daysPastDue!: number;
  @Field(() => [WorklistInvoice]) invoices!: WorklistInvoice[];
  @Field(() => Money) total!: Money;
  @Field(() => String) channel!: string;
  @Field(() => String) contact!: string;
  @Field(() => Float) priority!: number;
  @Field(() => Draft) draft!: Draft;
}

@ObjectType()
class WorklistEdge {
  @Field(() => String) cursor!: string;
  @Field(() => WorklistEntry) node!: WorklistEntry;
}

@ObjectType()
class WorklistConnection {
  @Field(() => [WorklistEdge]) edges!: WorklistEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

/** A friendly reminder of the real draft's length. */
const DRAFT: Draft = {
  kind: 'FRIENDLY_REMINDER',
  locale: 'EN',
  subject: 'A friendly reminder from us',
  body: `Hello Anchor Client,\n\nWe hope all is well. Invoices get misplaced all the time, so this is just a friendly note: our records show 2 invoices for €1,734.56 still open:\n- Invoice A: €1,234.56, due on 9 February 2026, 34 days overdue\n- Invoice B: €500.00, due on 3 March 2026, 12 days overdue\n\nIf it is already on its way, thank you and please ignore this message. If anything is holding it up, let us know and we will gladly help.\n\nKind regards,\nAccounts receivable`,
};
const WORKLIST_PAGE: WorklistConnection = {
  edges: Array.from({ length: 50 }, (_, index) => ({
    cursor: `cursor-${index}`,
    node: {
      entryId: `anchor-${index}/INV-1/FRIENDLY`,
      clientId: `anchor-${index}`,
      clientName: 'Anchor Client',
      action: 'FRIENDLY_REMINDER',
      step: 'FRIENDLY',
      dueOn: '2026-11-10',
      daysPastDue: 10,
      invoices: [
        { invoiceId: 'INV-1', dueDate: '2026-11-09', openBalance: { amountMinor: 123_456, currency: 'EUR' } },
        { invoiceId: 'INV-2', dueDate: '2026-11-15', openBalance: { amountMinor: 50_000, currency: 'EUR' } },
      ],
      total: { amountMinor: 173_456, currency: 'EUR' },
      channel: 'EMAIL',
      contact: 'ACCOUNTS_PAYABLE',
      priority: 2_000_000 - index,
      draft: DRAFT,
    },
  })),
  pageInfo: { hasNextPage: true, endCursor: 'cursor-49' },
  totalCount: 66_000,
};

@ObjectType()
class SimulatedRisk {
  @Field(() => Float) score!: number;
  @Field(() => String) band!: string;
  @Field(() => String) recommendation!: string;
}

@ObjectType()
class SimulatedInsight {
  @Field(() => String) on!: string;
  @Field(() => SimulatedRisk) risk!: SimulatedRisk;
  @Field(() => Int) contributionMarginMinor!: number;
  @Field(() => Int) totalOverdueMinor!: number;
}

@ObjectType()
class RefusedCommand {
  @Field(() => Int) commandIndex!: number;
  @Field(() => String) code!: string;
}

@ObjectType()
class Simulation {
  @Field(() => SimulatedInsight, { nullable: true }) before!: SimulatedInsight | null;
  @Field(() => SimulatedInsight, { nullable: true }) after!: SimulatedInsight | null;
  @Field(() => [RefusedCommand]) refused!: RefusedCommand[];
  @Field(() => Int) eventCount!: number;
}

const SIMULATION: Simulation = {
  before: {
    on: '2026-11-20',
    risk: { score: 48.5, band: 'AMBER', recommendation: 'RENEGOTIATE' },
    contributionMarginMinor: 2_100_000,
    totalOverdueMinor: 1_250_000,
  },
  after: { on: '2026-11-20', risk: { score: 41, band: 'AMBER', recommendation: 'MONITOR' }, contributionMarginMinor: 1_850_000, totalOverdueMinor: 750_000 },
  refused: [],
  eventCount: 4,
};

@Resolver()
class AnchorResolver {
  @Query(() => Simulation)
  simulate(@Args('clientId', { type: () => String }) _clientId: string, @Args('commands', { type: () => [String] }) _commands: string[]): Simulation {
    return SIMULATION;
  }

  @Query(() => WorklistConnection)
  collectionWorklist(@Args('first', { type: () => Int }) _first: number): WorklistConnection {
    return WORKLIST_PAGE;
  }

  @Query(() => Client)
  client(@Args('id', { type: () => String }) id: string): Client {
    return { ...CLIENT, clientId: id };
  }

  @Query(() => SummaryConnection)
  clients(
    @Args('first', { type: () => Int }) _first: number,
    @Args('after', { type: () => String, nullable: true }) _after: string | null,
    @Args('filter', { type: () => ClientFilter, nullable: true }) _filter: ClientFilter | null,
  ): SummaryConnection {
    return PAGE;
  }

  @Mutation(() => Payload)
  logTime(@Args('input', { type: () => LogTime }) input: LogTime): Payload {
    return { clientId: input.clientId, version: 1 };
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, path: '/graphql', playground: false })],
  providers: [AnchorResolver],
})
class AnchorModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(AnchorModule, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  console.log(`Listening on ${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
