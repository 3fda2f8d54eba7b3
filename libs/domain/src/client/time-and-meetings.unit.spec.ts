import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, MeetingOutcome, RecommendationOutcome } from '@client-lifecycle/domain';
import {
  CLIENT_ID,
  clientRegistered,
  fromTheFuture,
  logTime,
  meetingRecorded,
  recommendationRecorded,
  recordMeeting,
  recordRecommendation,
  scopeChangeRequested,
  timeLogged,
} from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

const acme = [clientRegistered()];
const MINUTES_PER_DAY = 24 * 60;

describe('Logging time', () => {
  it('records billable time on the day it was worked', () => {
    spec
      .given(acme)
      .when(logTime({ activity: '  Design review ', minutes: 90, billable: true, workedOn: '2026-02-27' }))
      .then([
        {
          type: 'TimeLogged',
          data: {
            clientId: CLIENT_ID,
            timeEntryId: 'T-1',
            activity: 'Design review',
            minutes: 90,
            billable: true,
            workedOn: '2026-02-27',
            scopeChangeId: null,
          },
        },
      ]);
  });

  it('records non-billable time, the time a time-waster drains', () => {
    spec
      .given(acme)
      .when(logTime({ activity: 'Re-explaining the plan', billable: false, minutes: 45 }))
      .then([timeLogged({ activity: 'Re-explaining the plan', billable: false, minutes: 45 })]);
  });

  it('ties time to the scope change it was spent on, so out-of-scope hours can be measured', () => {
    spec
      .given([...acme, scopeChangeRequested()])
      .when(logTime({ scopeChangeId: 'SC-1' }))
      .then([timeLogged({ scopeChangeId: 'SC-1' })]);
  });

  it('accepts up to a whole day of work in one entry', () => {
    spec
      .given(acme)
      .when(logTime({ minutes: MINUTES_PER_DAY }))
      .then([timeLogged({ minutes: MINUTES_PER_DAY })]);
  });

  it('refuses the same time entry twice', () => {
    spec
      .given([...acme, timeLogged()])
      .when(logTime())
      .thenRefusedWith(ClientErrorCode.TimeEntryAlreadyLogged, { timeEntryId: 'T-1' });
  });

  it('refuses time for a scope change nobody requested', () => {
    spec
      .given(acme)
      .when(logTime({ scopeChangeId: 'SC-404' }))
      .thenRefusedWith(ClientErrorCode.ScopeChangeNotFound, { scopeChangeId: 'SC-404' });
  });

  it.each([0, -30, 12.5, MINUTES_PER_DAY + 1])('refuses an entry of %p minutes', (minutes) => {
    spec.given(acme).when(logTime({ minutes })).thenRefusedWith(ClientErrorCode.InvalidDuration, { field: 'minutes', minutes, maximum: MINUTES_PER_DAY });
  });

  it('refuses time without an activity', () => {
    spec
      .given(acme)
      .when(logTime({ activity: ' ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'activity' });
  });

  it('refuses a work day that is not a calendar day', () => {
    spec
      .given(acme)
      .when(logTime({ workedOn: '2026-02-29' }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'workedOn', value: '2026-02-29' });
  });

  it('refuses time recorded as logged after now', () => {
    spec.given(acme).when(logTime({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Recording a meeting', () => {
  it('records a meeting held, with its length and a note', () => {
    spec
      .given(acme)
      .when(recordMeeting({ outcome: MeetingOutcome.Held, durationMinutes: 60, note: '  Agreed the roadmap ' }))
      .then([
        {
          type: 'MeetingRecorded',
          data: {
            clientId: CLIENT_ID,
            meetingId: 'M-1',
            scheduledAt: '2026-02-27T10:00:00.000Z',
            outcome: MeetingOutcome.Held,
            durationMinutes: 60,
            note: 'Agreed the roadmap',
          },
        },
      ]);
  });

  it('records a meeting the client missed', () => {
    spec
      .given(acme)
      .when(recordMeeting({ outcome: MeetingOutcome.Missed }))
      .then([meetingRecorded({ outcome: MeetingOutcome.Missed })]);
  });

  it('records a meeting the client came to unprepared', () => {
    spec
      .given(acme)
      .when(recordMeeting({ outcome: MeetingOutcome.ClientUnprepared, durationMinutes: 30 }))
      .then([meetingRecorded({ outcome: MeetingOutcome.ClientUnprepared, durationMinutes: 30 })]);
  });

  it('refuses the same meeting twice', () => {
    spec
      .given([...acme, meetingRecorded()])
      .when(recordMeeting({ outcome: MeetingOutcome.Missed }))
      .thenRefusedWith(ClientErrorCode.MeetingAlreadyRecorded, { meetingId: 'M-1' });
  });

  it('refuses a meeting time that is not an instant', () => {
    spec
      .given(acme)
      .when(recordMeeting({ scheduledAt: '2026-02-27' }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'scheduledAt', value: '2026-02-27' });
  });

  it.each([0, 45.5, MINUTES_PER_DAY + 1])('refuses a meeting lasting %p minutes', (durationMinutes) => {
    spec
      .given(acme)
      .when(recordMeeting({ durationMinutes }))
      .thenRefusedWith(ClientErrorCode.InvalidDuration, { field: 'durationMinutes', maximum: MINUTES_PER_DAY });
  });

  it('refuses a blank note', () => {
    spec
      .given(acme)
      .when(recordMeeting({ note: '' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'note' });
  });

  it('refuses a meeting recorded after now', () => {
    spec.given(acme).when(recordMeeting({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Recording a recommendation', () => {
  it.each([RecommendationOutcome.Accepted, RecommendationOutcome.Rejected])('records a recommendation the client %s', (outcome) => {
    spec
      .given(acme)
      .when(recordRecommendation({ summary: '  Move hosting to a managed service ', outcome }))
      .then([
        {
          type: 'RecommendationRecorded',
          data: { clientId: CLIENT_ID, recommendationId: 'R-1', summary: 'Move hosting to a managed service', outcome },
        },
      ]);
  });

  it('records every rejected recommendation under its own id', () => {
    spec
      .given([...acme, recommendationRecorded()])
      .when(recordRecommendation({ recommendationId: 'R-2' }))
      .then([recommendationRecorded({ recommendationId: 'R-2' })]);
  });

  it('refuses the same recommendation twice', () => {
    spec
      .given([...acme, recommendationRecorded()])
      .when(recordRecommendation())
      .thenRefusedWith(ClientErrorCode.RecommendationAlreadyRecorded, { recommendationId: 'R-1' });
  });

  it('refuses a recommendation without a summary', () => {
    spec
      .given(acme)
      .when(recordRecommendation({ summary: ' ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'summary' });
  });

  it('refuses a recommendation recorded after now', () => {
    spec.given(acme).when(recordRecommendation({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
