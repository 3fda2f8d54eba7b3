import { CLIENT_EVENT_SCHEMA_VERSION } from '../client/client.events';
import { TERMINATION_EVENT_SCHEMA_VERSION } from '../termination/termination.events';
import { CLIENT_PERSONAL_FIELDS, mapPersonalFields, personalFieldsOf, TERMINATION_PERSONAL_FIELDS } from './personal-fields';

const mark = (value: unknown) => `<${String(value)}>`;

describe('personal fields', () => {
  it('are listed for every event type the service records, and none for types it does not know', () => {
    expect(Object.keys(CLIENT_PERSONAL_FIELDS).sort()).toEqual(Object.keys(CLIENT_EVENT_SCHEMA_VERSION).sort());
    expect(Object.keys(TERMINATION_PERSONAL_FIELDS).sort()).toEqual(Object.keys(TERMINATION_EVENT_SCHEMA_VERSION).sort());
    expect(personalFieldsOf('SomethingElse')).toEqual([]);
  });

  it('are transformed where present, leaving ids, amounts, nulls and absent fields as they are', () => {
    const data = { clientId: 'c-1', subject: 'Jane', text: null, amount: { amountMinor: 5 } };

    expect(mapPersonalFields(data, ['subject', 'text', 'missing'], mark)).toEqual({
      clientId: 'c-1',
      subject: '<Jane>',
      text: null,
      amount: { amountMinor: 5 },
    });
    expect(data.subject).toBe('Jane');
  });

  it('reach into nested objects and every element of a list', () => {
    const data = {
      deliverables: [
        { deliverableId: 'd-1', description: 'Handover' },
        { deliverableId: 'd-2', description: 'Docs' },
      ],
      action: { type: 'LiftNewWorkRestriction' },
    };

    expect(mapPersonalFields(data, ['deliverables[].description', 'action.description'], mark)).toEqual({
      deliverables: [
        { deliverableId: 'd-1', description: '<Handover>' },
        { deliverableId: 'd-2', description: '<Docs>' },
      ],
      action: { type: 'LiftNewWorkRestriction' },
    });
  });
});
