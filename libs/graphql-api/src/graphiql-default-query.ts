/** What a support agent sees on first opening GraphiQL: a working example to adapt. */
export const GRAPHIQL_DEFAULT_QUERY = `# Welcome to client-lifecycle. Run "RegisterClient" first, then "Client".

mutation RegisterClient {
  registerClient(input: {
    clientId: "acme"
    name: "ACME Corp"
    contract: {
      paymentTermsDays: 30
      exitClause: { text: "Either party may end the contract with notice.", immediateExitFor: [ABUSE] }
      startDate: "2026-01-01"
      hourlyRate: { amountMinor: 9500, currency: "EUR" }
      currency: "EUR"
      contractedHoursPerMonth: 20
    }
  }) {
    version
    events { summary }
  }
}

query Client {
  client(id: "acme") {
    name
    version
    contract { paymentTermsDays noticePeriodDays hourlyRate { amountMinor currency formatted } }
    outstanding { formatted(locale: "de-DE") }
    invoices { invoiceId amount { amountMinor currency } openBalance { amountMinor } status disputed }
    counts { complaints openComplaints meetingsMissed abuseReports }
    timeline(first: 10) {
      totalCount
      edges { node { revision occurredAt type summary } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`;

/** A tab GraphiQL opens with: its title is the name of the document's first operation. */
export interface GraphiqlExampleTab {
  readonly query: string;
}

/**
 * One tab per person who works in GraphiQL, opened beside the welcome tab when the browser has
 * no saved tabs: each runs as it is against a seeded portfolio (client ids are the seed's).
 */
export const GRAPHIQL_EXAMPLE_TABS: readonly GraphiqlExampleTab[] = [
  {
    query: `# Support agent: find a client by name, read what happened, and watch its risk live.
# Run one operation at a time: Run offers them by name.

query SupportAgent_FindClient {
  clients(filter: { search: "northwind" }, first: 10) {
    totalCount
    edges { node { clientId name band score } }
  }
}

query SupportAgent_ClientTimeline {
  client(id: "demo-42-00001") {
    name
    counts { complaints openComplaints meetingsMissed abuseReports }
    timeline(first: 20) {
      totalCount
      edges { node { occurredAt type summary actor } }
      pageInfo { hasNextPage endCursor }
    }
  }
}

subscription SupportAgent_WatchClient {
  riskChanged(clientId: "demo-42-00001") { clientId name previousBand band score recommendation }
}
`,
  },
  {
    query: `# Credit controller: the red clients with the most overdue, the day's worklist, a client's
# collection steps, and every risk change as it happens.

query CreditController_RedClients {
  clients(filter: { minBand: RED }, orderBy: OVERDUE, first: 20) {
    totalCount
    edges { node { clientId name band score overdue { formatted } recommendation } }
    pageInfo { hasNextPage endCursor }
  }
}

query CreditController_Worklist {
  collectionWorklist(first: 20) {
    edges { node { clientName action step dueOn daysPastDue total { formatted } channel contact } }
    pageInfo { hasNextPage endCursor }
  }
}

query CreditController_CollectionSteps {
  client(id: "demo-42-00001") {
    name
    outstanding { amountMinor currency }
    collection {
      totalOverdue { formatted }
      invoices {
        invoiceId daysPastDue openBalance { formatted } currentStep nextStep nextStepDueOn
        paused { reason until }
        steps { step dueOn carriedOut }
      }
    }
  }
}

subscription CreditController_RiskChanges {
  riskChanged { clientId name previousBand band score recommendation }
}
`,
  },
  {
    query: `# Manager: terminations waiting for a decision, every termination, the clients the service
# would let go, and each termination's moves as they happen.

query Manager_AwaitingDecision {
  terminations(status: PROPOSED, first: 20) {
    totalCount
    edges { node { terminationId clientId reason explanation proposedBy proposedOn evidence { riskBand overdue { formatted } } } }
  }
}

query Manager_Terminations {
  terminations(first: 20) {
    totalCount
    edges { node { terminationId clientId status reason decidedBy waitingFor } }
    pageInfo { hasNextPage endCursor }
  }
}

query Manager_ClientsToLetGo {
  clients(filter: { recommendation: PROPOSE_TERMINATION }, first: 20) {
    totalCount
    edges { node { clientId name band score contributionMargin { formatted } } }
  }
}

subscription Manager_TerminationMoves {
  terminationProgressed { terminationId clientId status eventTypes }
}
`,
  },
];
