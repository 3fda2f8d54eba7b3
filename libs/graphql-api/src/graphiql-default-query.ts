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
