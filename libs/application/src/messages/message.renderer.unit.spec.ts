import { IntlMessageFormat } from 'intl-messageformat';
import {
  assessClient,
  type ClientEvent,
  DraftLocale,
  EN_EVENT_MESSAGES,
  EN_RISK_MESSAGES,
  ES_EVENT_MESSAGES,
  ES_RISK_MESSAGES,
  riskEnglish,
} from '@client-lifecycle/domain';
// The calibration stories are the domain's own test support: real assessments to explain.
import { CALIBRATION_STORIES } from '../../../domain/src/calibration/calibration.stories';
import { summarizeClientEvent } from '../client/client-event.summary';
import { renderMessage } from './message.renderer';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const clientId = 'acme';

const assessed = (title: string) => {
  const story = CALIBRATION_STORIES.find((candidate) => candidate.title === title);
  if (!story) throw new Error(`no calibration story "${title}"`);
  return assessClient(story.history(), story.asOf).risk;
};

describe('risk explanations in Spanish and English', () => {
  const risk = assessed('Non-payer with excuses, month 3 (third broken promise)');
  const factor = (key: string) => {
    const found = risk.factors.find((candidate) => candidate.key === key);
    if (!found?.message) throw new Error(`no message for factor ${key}`);
    return found.message;
  };

  it('a factor reads the same in English as the domain explanation, and in Spanish with Spanish numbers', () => {
    const excuses = risk.factors.find((candidate) => candidate.key === 'EXCUSES');

    expect(renderMessage(factor('EXCUSES'), DraftLocale.EN)).toBe(excuses?.explanation);
    expect(renderMessage(factor('EXCUSES'), DraftLocale.ES)).toMatch(/^excusas [\d,]+\/\d+: \d+ en los últimos 90 días$/);
  });

  it.each([
    [
      { key: 'risk.factor.brokenPromises', params: { points: 22.5, max: 30, broken: 3, total: 4 } },
      'broken promises 22.5/30: 3 of 4 broken',
      'promesas incumplidas 22,5/30: 3 de 4 incumplidas',
    ],
    [
      { key: 'risk.factor.overdueExposure', params: { points: 10, max: 25, percent: 40, count: 1 } },
      "overdue exposure 10/25: weighted overdue is 40% of a month's billing (1 overdue invoice(s))",
      'exposición vencida 10/25: lo vencido ponderado es el 40 % de la facturación de un mes (1 factura vencida)',
    ],
    [
      { key: 'risk.factor.conduct', params: { points: 5, max: 10, count: 2, days: 90 } },
      'conduct 5/10: 2 minor abuse report(s) in the last 90 days',
      'conducta 5/10: 2 avisos leves de abuso en los últimos 90 días',
    ],
  ])('factor %j', (said, english, spanish) => {
    expect(renderMessage(said, DraftLocale.EN)).toBe(english);
    expect(renderMessage(said, DraftLocale.ES)).toBe(spanish);
    expect(riskEnglish(said)).toBe(english);
  });

  it("a halved factor says why in the reader's language", () => {
    const said = { key: 'risk.factor.excuses', params: { points: 2.5, max: 10, count: 1, days: 90 }, then: { key: 'risk.factor.halved', params: {} } };

    expect(renderMessage(said, DraftLocale.EN)).toBe('excuses 2.5/10: 1 in the last 90 days (halved: long-standing client, first incident)');
    expect(renderMessage(said, DraftLocale.ES)).toBe('excusas 2,5/10: 1 en los últimos 90 días (reducido a la mitad: cliente antiguo, primer incidente)');
  });

  it.each([
    [
      { key: 'risk.rule.repeatedBrokenPromises', params: { count: 2, days: 365 } },
      '2 promises to pay broken in the last 365 days: no more work on credit',
      '2 promesas de pago incumplidas en los últimos 365 días: no más trabajo a crédito',
    ],
    [
      { key: 'risk.rule.severeAbuse', params: {} },
      'severe abuse reported: no tolerance, the relationship ends',
      'abuso grave denunciado: tolerancia cero, la relación termina',
    ],
    [
      { key: 'risk.rule.longOverdue', params: { days: 120 } },
      "120 days past due with more than a month's billing overdue: no more work on credit",
      '120 días de retraso con más de un mes de facturación vencida: no más trabajo a crédito',
    ],
  ])('rule %j', (said, english, spanish) => {
    expect(renderMessage(said, DraftLocale.EN)).toBe(english);
    expect(renderMessage(said, DraftLocale.ES)).toBe(spanish);
  });

  it('every rule that fires for a story carries a message whose English is its explanation', () => {
    expect(risk.rules.length).toBeGreaterThan(0);
    for (const rule of risk.rules) expect(rule.message && renderMessage(rule.message, DraftLocale.EN)).toBe(rule.explanation);
  });

  it('a key no template knows is shown as itself rather than failing the read', () => {
    expect(renderMessage({ key: 'risk.factor.fromTheFuture', params: {} }, DraftLocale.ES)).toBe('risk.factor.fromTheFuture');
  });
});

describe('timeline summaries in Spanish and English', () => {
  it.each<[ClientEvent, string, string]>([
    [
      { type: 'InvoiceIssued', data: { clientId, invoiceId: 'INV-1', amount: eur(120_000), issuedOn: '2026-02-01', dueDate: '2026-03-03', description: null } },
      'Invoice INV-1 issued for 1200.00 EUR, due 2026-03-03',
      'Factura INV-1 emitida por 1200,00\u00a0€, con vencimiento el 2026-03-03',
    ],
    [
      {
        type: 'ExcuseRecorded',
        data: { clientId, excuseId: 'E', invoiceId: 'INV-1', category: 'CASH_FLOW', text: 'Waiting on our customer', promisedDate: '2026-04-01' },
      } as ClientEvent,
      'Excuse given about invoice INV-1 (cash flow): "Waiting on our customer", promising payment by 2026-04-01',
      'Excusa sobre la factura INV-1 (liquidez): «Waiting on our customer», promete pagar antes del 2026-04-01',
    ],
    [
      { type: 'ExcuseRecorded', data: { clientId, excuseId: 'E', invoiceId: null, category: 'OTHER', text: 'Busy', promisedDate: null } } as ClientEvent,
      'Excuse given (other): "Busy"',
      'Excusa (otro): «Busy»',
    ],
    [
      { type: 'InvoiceAged', data: { clientId, invoiceId: 'INV-1', daysPastDue: 31, bucket: 'DAYS_31_60', openBalance: eur(50_000) } } as ClientEvent,
      'Invoice INV-1 is now 31 days past due (31–60 days), 500.00 EUR unpaid',
      'La factura INV-1 lleva 31 días vencida (31–60 días), 500,00\u00a0€ sin pagar',
    ],
    [
      { type: 'ReminderSent', data: { clientId, reminderId: 'R', invoiceId: 'INV-1', step: 'FRIENDLY', channel: 'EMAIL', note: null } } as ClientEvent,
      'friendly reminder sent by email for invoice INV-1',
      'Recordatorio amable enviado por correo electrónico para la factura INV-1',
    ],
    [
      {
        type: 'InvoiceWrittenOff',
        data: {
          clientId,
          writeOffId: 'W',
          invoiceId: 'INV-1',
          amount: eur(30_000),
          reason: 'cost of recovery exceeds the debt',
          writtenOffOn: '2026-05-01',
          terminationId: null,
          openBalanceAfter: eur(0),
        },
      } as ClientEvent,
      '300.00 EUR of invoice INV-1 written off: cost of recovery exceeds the debt; 0.00 EUR still open',
      '300,00\u00a0€ de la factura INV-1 dados por incobrables: cost of recovery exceeds the debt; quedan 0,00\u00a0€ pendientes',
    ],
    [{ type: 'CreditLimitSet', data: { clientId, limit: null, setOn: '2026-05-01' } }, 'Credit limit cleared', 'Límite de crédito retirado'],
  ])('%s', (event, english, spanish) => {
    expect(summarizeClientEvent(event)).toBe(english);
    expect(summarizeClientEvent(event, DraftLocale.EN)).toBe(english);
    expect(summarizeClientEvent(event, DraftLocale.ES)).toBe(spanish);
  });
});

describe('the templates', () => {
  it.each([
    ['EN risk', EN_RISK_MESSAGES, 'en-GB'],
    ['ES risk', ES_RISK_MESSAGES, 'es-ES'],
    ['EN events', EN_EVENT_MESSAGES, 'en-GB'],
    ['ES events', ES_EVENT_MESSAGES, 'es-ES'],
  ])('%s: every one is valid ICU MessageFormat', (_name, templates, tag) => {
    const parses = (text: string) => {
      try {
        return new IntlMessageFormat(text, tag).getAst().length > 0;
      } catch {
        return false;
      }
    };

    expect(
      Object.entries(templates)
        .filter(([, text]) => !parses(text))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('Spanish has a template for every English key, and no other', () => {
    expect(Object.keys(ES_RISK_MESSAGES).sort()).toEqual(Object.keys(EN_RISK_MESSAGES).sort());
    expect(Object.keys(ES_EVENT_MESSAGES).sort()).toEqual(Object.keys(EN_EVENT_MESSAGES).sort());
  });
});
