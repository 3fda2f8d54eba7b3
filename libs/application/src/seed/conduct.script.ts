import { AbuseSeverity, addDays, ComplaintOutcome, type LocalDate, MeetingOutcome, RecommendationOutcome, ScopeClassification } from '@client-lifecycle/domain';
import { logTime } from './billing.script';
import type { ClientScript } from './client-script';
import { ABUSE_DESCRIPTIONS, COMPLAINT_SUBJECTS, SCOPE_REQUESTS, STAFF, UNFOUNDED_RESOLUTIONS } from './seed-wording';

const MORNING = 10 * 60;
const AFTERNOON = 15 * 60;

export const complain = (script: ClientScript, filedOn: LocalDate, outcome: ComplaintOutcome, disputedInvoiceId?: string): void => {
  const complaintId = script.id('CMP');
  const subject = script.random.pick(COMPLAINT_SUBJECTS);
  script.at(filedOn, MORNING, {
    type: 'FileComplaint',
    data: {
      clientId: script.clientId,
      complaintId,
      subject,
      text: `${subject}. We expected better.`,
      ...(disputedInvoiceId !== undefined ? { invoiceId: disputedInvoiceId } : {}),
    },
  });
  script.at(addDays(filedOn, script.random.int(1, 6)), AFTERNOON, {
    type: 'ResolveComplaint',
    data: {
      clientId: script.clientId,
      complaintId,
      outcome,
      resolution: outcome === ComplaintOutcome.Founded ? 'Fair point: reworked at our cost and apologised' : script.random.pick(UNFOUNDED_RESOLUTIONS),
    },
  });
};

/** A requested change, decided a few days later; work done for it is logged against it. */
export const changeScope = (
  script: ClientScript,
  requestedOn: LocalDate,
  classification: ScopeClassification,
  billable: boolean,
  minutesWorked: number,
): void => {
  const scopeChangeId = script.id('SCP');
  script.at(requestedOn, MORNING, {
    type: 'RequestScopeChange',
    data: { clientId: script.clientId, scopeChangeId, description: script.random.pick(SCOPE_REQUESTS), estimatedMinutes: minutesWorked },
  });
  const decidedOn = addDays(requestedOn, script.random.int(1, 3));
  script.at(decidedOn, AFTERNOON, {
    type: 'DecideScopeChange',
    data: {
      clientId: script.clientId,
      scopeChangeId,
      classification,
      billable,
      ...(billable ? {} : { note: 'Outside the contract; done unbilled to keep the peace' }),
    },
  });
  logTime(script, addDays(decidedOn, script.random.int(1, 5)), minutesWorked, billable, 'Work on a requested change', scopeChangeId);
};

/** Recorded once the slot is over, so the fact never precedes the meeting it describes. */
export const meet = (script: ClientScript, day: LocalDate, outcome: MeetingOutcome, note?: string): void => {
  const durationMinutes = outcome === MeetingOutcome.Missed ? undefined : script.random.pick([30, 45, 60, 90]);
  script.at(day, 16 * 60 + 30, {
    type: 'RecordMeeting',
    data: {
      clientId: script.clientId,
      meetingId: script.id('MTG'),
      scheduledAt: `${day}T${script.random.pick(['09', '11', '14'])}:00:00.000Z`,
      outcome,
      ...(durationMinutes !== undefined ? { durationMinutes } : {}),
      ...(note !== undefined ? { note } : {}),
    },
  });
};

export const recommend = (script: ClientScript, day: LocalDate, summary: string, outcome: RecommendationOutcome): void =>
  script.at(day, AFTERNOON + 30, {
    type: 'RecordRecommendation',
    data: { clientId: script.clientId, recommendationId: script.id('REC'), summary, outcome },
  });

export const reportAbuse = (script: ClientScript, day: LocalDate, severity: AbuseSeverity): void =>
  script.at(day, AFTERNOON, {
    type: 'ReportAbuse',
    data: {
      clientId: script.clientId,
      reportId: script.id('ABU'),
      severity,
      description: script.random.pick(ABUSE_DESCRIPTIONS[severity]),
      reportedBy: script.random.pick(STAFF),
    },
  });
