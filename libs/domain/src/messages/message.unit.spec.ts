import { inPlainEnglish, message, term } from './message';

const templates = {
  'points.of': '{points}/{max} points: {count} late {what}',
  owed: 'Owes {amount}.',
  braces: '{not a name} stays, {missing} stays, {{points}}',
};

describe('messages in plain English', () => {
  it('fills each placeholder with its value as written: numbers as is, terms in lower case, money in minor units', () => {
    expect(inPlainEnglish(message('points.of', { points: 12.5, max: 25, count: 3, what: term('CASH_FLOW') }), templates)).toBe(
      '12.5/25 points: 3 late cash flow',
    );
    expect(inPlainEnglish(message('owed', { amount: { amountMinor: 120_050, currency: 'EUR' } }), templates)).toBe('Owes 120050 EUR.');
  });

  it('leaves a placeholder without a value, and braces around no name, as they are', () => {
    expect(inPlainEnglish(message('braces', { points: 4 }), templates)).toBe('{not a name} stays, {missing} stays, {4}');
  });

  it('says the key itself when no template has it, and follows with the next sentence', () => {
    expect(inPlainEnglish(message('unknown.{points}', { points: 2 }, message('owed', { amount: 'nothing' })), templates)).toBe('unknown.2 Owes nothing.');
  });

  it('gives the same text the second time a template is used', () => {
    const said = message('points.of', { points: 1, max: 2, count: 0, what: 'invoices' });
    expect(inPlainEnglish(said, templates)).toBe(inPlainEnglish(said, templates));
    expect(inPlainEnglish(message('points.of', { points: 7 }), templates)).toBe('7/{max} points: {count} late {what}');
  });
});
