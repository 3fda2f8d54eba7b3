import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import {
  type ClientSearch,
  clientSearchOf,
  type ClientSummaryKey,
  clientSummaryKey,
  type ClientSummaryOrder,
  type ClientSummaryRecord,
  type ClientSummaryStore,
} from '@client-lifecycle/ports';
import { clientSummaryRecord as row } from './client-summary-record.fixtures';

const searchFor = (text: string): ClientSearch => {
  const search = clientSearchOf(text);
  if (search === null) throw new Error(`"${text}" holds no word to search for`);
  return search;
};

export function describeClientSummaryStoreContract(adapter: string, create: () => Promise<ClientSummaryStore>): void {
  describe(`${adapter} client summary store contract`, () => {
    let store: ClientSummaryStore;

    beforeEach(async () => {
      store = await create();
      await store.commit(
        [
          row('a', {
            score: 62,
            band: RiskBand.Red,
            archetypes: [Archetype.NonPayer],
            overdueMinor: 900,
            contributionMarginMinor: -50,
            recommendation: Recommendation.ProposeTermination,
          }),
          row('b', {
            score: 30,
            band: RiskBand.Amber,
            archetypes: [Archetype.TimeWaster],
            overdueMinor: 100,
            contributionMarginMinor: 200,
            recommendation: Recommendation.Renegotiate,
          }),
          row('c', { score: 62, band: RiskBand.Red, archetypes: [Archetype.NonPayer, Archetype.Abusive], overdueMinor: 50, contributionMarginMinor: 10 }),
          row('d'),
        ],
        12,
      );
    });

    afterEach(async () => {
      await store.close();
    });

    it('stores rows with the checkpoint they were projected up to', async () => {
      expect(await store.checkpoint()).toBe(12);
      expect((await store.list({}, 'SCORE', 10, null)).totalCount).toBe(4);
    });

    it('orders by score, overdue amount or margin, ties by client id', async () => {
      const ids = async (orderBy: 'SCORE' | 'OVERDUE' | 'MARGIN') => (await store.list({}, orderBy, 10, null)).rows.map((item) => item.clientId);

      expect(await ids('SCORE')).toEqual(['a', 'c', 'b', 'd']);
      expect(await ids('OVERDUE')).toEqual(['a', 'b', 'c', 'd']);
      expect(await ids('MARGIN')).toEqual(['a', 'c', 'b', 'd']);
    });

    it('filters by band, archetype and recommendation', async () => {
      expect((await store.list({ band: RiskBand.Red }, 'SCORE', 10, null)).rows.map((item) => item.clientId)).toEqual(['a', 'c']);
      expect((await store.list({ archetype: Archetype.Abusive }, 'SCORE', 10, null)).rows.map((item) => item.clientId)).toEqual(['c']);
      expect((await store.list({ recommendation: Recommendation.Renegotiate }, 'SCORE', 10, null)).totalCount).toBe(1);
    });

    it('puts a let-go client first in the riskiest order whatever its score, and continues after it', async () => {
      await store.commit([row('e', { score: 5, band: RiskBand.LetGo })], 13);

      const first = await store.list({}, 'SCORE', 1, null);
      const rest = await store.list({}, 'SCORE', 10, clientSummaryKey(first.rows[0], 'SCORE'));

      expect([...first.rows, ...rest.rows].map((item) => item.clientId)).toEqual(['e', 'a', 'c', 'b', 'd']);
    });

    it('a minimum band of RED includes LET_GO', async () => {
      await store.commit([row('e', { score: 5, band: RiskBand.LetGo })], 13);

      const page = await store.list({ minBand: RiskBand.Red }, 'SCORE', 10, null);

      expect(page.rows.map((item) => item.clientId)).toEqual(['e', 'a', 'c']);
      expect(page.totalCount).toBe(3);
    });

    it('pages through the order', async () => {
      const first = await store.list({}, 'SCORE', 3, null);
      const second = await store.list({}, 'SCORE', 3, clientSummaryKey(first.rows[2], 'SCORE'));

      expect([first.hasNextPage, second.hasNextPage]).toEqual([true, false]);
      expect(second.rows.map((item) => item.clientId)).toEqual(['d']);
    });

    it('continues after the key of the last row read, in every order, ties by client id', async () => {
      const pages = async (orderBy: ClientSummaryOrder) => {
        const ids: string[][] = [];
        for (let after: ClientSummaryKey | null = null; ;) {
          const page = await store.list({}, orderBy, 1, after);
          ids.push(page.rows.map((item) => item.clientId));
          if (!page.hasNextPage) return ids;
          after = clientSummaryKey(page.rows[page.rows.length - 1], orderBy);
        }
      };

      expect(await pages('SCORE')).toEqual([['a'], ['c'], ['b'], ['d']]);
      expect(await pages('OVERDUE')).toEqual([['a'], ['b'], ['c'], ['d']]);
      expect(await pages('MARGIN')).toEqual([['a'], ['c'], ['b'], ['d']]);
    });

    it('starts the next page right after the last row read, even when rows before it moved meanwhile', async () => {
      const first = await store.list({}, 'SCORE', 2, null);
      // 'a' drops from the top to the bottom and a new riskiest client arrives: an offset would now skip 'b'.
      await store.commit([row('a', { score: 5 }), row('e', { score: 90, band: RiskBand.Red })], 13);

      const second = await store.list({}, 'SCORE', 2, clientSummaryKey(first.rows[1], 'SCORE'));

      expect(first.rows.map((item) => item.clientId)).toEqual(['a', 'c']);
      expect(second.rows.map((item) => item.clientId)).toEqual(['b', 'd']);
      expect([second.hasNextPage, second.totalCount]).toEqual([true, 5]);
    });

    it('pages within a filter, counting every row the filter matches', async () => {
      const page = await store.list({ band: RiskBand.Red }, 'SCORE', 10, clientSummaryKey(row('a', { score: 62, band: RiskBand.Red }), 'SCORE'));

      expect(page.rows.map((item) => item.clientId)).toEqual(['c']);
      expect([page.hasNextPage, page.totalCount]).toEqual([false, 2]);
    });

    it('continues after a key whose row is gone', async () => {
      const page = await store.list({}, 'MARGIN', 10, { value: 0, clientId: 'gone' });

      expect(page.rows.map((item) => item.clientId)).toEqual(['c', 'b', 'd']);
    });

    it("replaces a client's row with its newer state", async () => {
      await store.commit([row('d', { score: 80, band: RiskBand.LetGo, archetypes: [Archetype.Abusive] })], 13);

      const [top] = (await store.list({}, 'SCORE', 1, null)).rows;
      const {
        assessment: _assessment,
        portfolioEntry: _portfolioEntry,
        ...listed
      } = row('d', { score: 80, band: RiskBand.LetGo, archetypes: [Archetype.Abusive] });
      expect(top).toEqual(listed);
      expect(await store.find(['d'])).toEqual([row('d', { score: 80, band: RiskBand.LetGo, archetypes: [Archetype.Abusive] })]);
    });

    it('writes each column of a newer row, whichever of them changed, and lists the row by the new values', async () => {
      const changes: Partial<ClientSummaryRecord>[] = [
        { name: 'Renamed d' },
        { currency: 'USD' },
        { score: 55.25 },
        { band: RiskBand.Red },
        { recommendation: Recommendation.Renegotiate },
        { archetypes: [Archetype.TimeWaster] },
        { overdueMinor: 4_200 },
        { contributionMarginMinor: -700 },
        { asOf: '2026-03-02' },
        { version: 4 },
        { assessment: '{"risk":{"score":55.25}}' },
        { portfolioEntry: '{"invoices":[1]}' },
        {},
      ];
      let written = row('d');
      let position = 12;
      for (const change of changes) {
        written = { ...written, ...change };
        await store.commit([written], ++position);

        expect(await store.find(['d'])).toEqual([written]);
        const { assessment: _assessment, portfolioEntry: _portfolioEntry, ...listed } = written;
        for (const orderBy of ['SCORE', 'OVERDUE', 'MARGIN'] as const)
          expect((await store.list({ band: written.band }, orderBy, 10, null)).rows.find((item) => item.clientId === 'd')).toEqual(listed);
      }
      expect((await store.list({ search: searchFor('renamed') }, 'SCORE', 10, null)).rows.map((item) => item.clientId)).toEqual(['d']);
      expect((await store.changedSince(0, 100)).records.filter((record) => record.clientId === 'd')).toHaveLength(1);
    });

    it("tells the score and band of the clients' rows asked for, ignoring clients without a row", async () => {
      await store.commit([row('d', { score: 81.5, band: RiskBand.LetGo })], 13);

      const risks = await store.risksOf(['d', 'nobody', 'a']);

      expect([...risks].sort((x, y) => (x.clientId < y.clientId ? -1 : 1))).toEqual([
        { clientId: 'a', score: 62, band: RiskBand.Red },
        { clientId: 'd', score: 81.5, band: RiskBand.LetGo },
      ]);
      expect(await store.risksOf([])).toEqual([]);
    });

    it('keeps the assessment and the version it was folded up to, exactly as written', async () => {
      const assessment = JSON.stringify({ risk: { score: 41.5, factors: [{ evidence: ['e1', 'e2'] }] }, profitability: { marginMinor: -12 } });
      await store.commit([row('b', { version: 42, assessment })], 13);

      const [found] = await store.find(['b']);
      expect([found.version, found.assessment]).toEqual([42, assessment]);
      expect((await store.list({ band: RiskBand.Green }, 'SCORE', 10, null)).rows.find((item) => item.clientId === 'b')).toMatchObject({ version: 42 });
    });

    it('finds the rows of the clients asked for, ignoring clients without a row', async () => {
      const found = await store.find(['c', 'nobody', 'a']);

      expect(found.map((item) => item.clientId).sort()).toEqual(['a', 'c']);
      expect(found.find((item) => item.clientId === 'c')).toEqual(
        row('c', { score: 62, band: RiskBand.Red, archetypes: [Archetype.NonPayer, Archetype.Abusive], overdueMinor: 50, contributionMarginMinor: 10 }),
      );
      expect(await store.find([])).toEqual([]);
    });

    it('names the clients whose row is judged as of an earlier day, by client id, so a new day can re-assess them', async () => {
      await store.commit([row('b', { asOf: '2026-03-02' }), row('e', { asOf: '2026-02-27' })], 13);

      expect(await store.staleBefore('2026-03-02', 10)).toEqual(['a', 'c', 'd', 'e']);
      expect(await store.staleBefore('2026-03-02', 2)).toEqual(['a', 'c']);
      expect(await store.staleBefore('2026-03-01', 10)).toEqual(['e']);
      expect(await store.staleBefore('2026-03-02', 10, 'c')).toEqual(['d', 'e']);
      expect(await store.checkpoint()).toBe(13);
    });

    it('hands out the records written after a change number, in the order written, across a reset', async () => {
      const all = await store.changedSince(0, 10);
      expect(all.records.map((item) => item.clientId)).toEqual(['a', 'b', 'c', 'd']);
      const { assessment: _assessment, ...b } = row('b', {
        score: 30,
        band: RiskBand.Amber,
        archetypes: [Archetype.TimeWaster],
        overdueMinor: 100,
        contributionMarginMinor: 200,
        recommendation: Recommendation.Renegotiate,
      });
      expect(all.records[1]).toEqual(b);

      await store.commit([row('c', { portfolioEntry: '{"invoices":[]}' }), row('e')], 13);
      const since = await store.changedSince(all.sequence, 10);
      expect(since.records.map((item) => [item.clientId, item.portfolioEntry])).toEqual([
        ['c', '{"invoices":[]}'],
        ['e', ''],
      ]);
      expect(await store.changedSince(since.sequence, 10)).toEqual({ records: [], sequence: since.sequence });
      expect((await store.changedSince(0, 2)).records.map((item) => item.clientId)).toEqual(['a', 'b']);

      await store.reset();
      await store.commit([row('a')], 1);
      expect((await store.changedSince(since.sequence, 10)).records.map((item) => item.clientId)).toEqual(['a']);
    });

    it('hands out every record by client id, with the change number reached before them, from which changedSince goes on', async () => {
      const written = await store.changedSince(0, 10);
      const firstPage = await store.recordsAfter('', 2);
      const rest = await store.recordsAfter('b', 10);

      expect(firstPage.sequence).toBe(written.sequence);
      expect([...firstPage.records, ...rest.records]).toEqual([...written.records].sort((x, y) => (x.clientId < y.clientId ? -1 : 1)));
      expect(firstPage.records.map((item) => item.clientId)).toEqual(['a', 'b']);
      await store.commit([row('b', { name: 'Renamed b' })], 13);
      expect((await store.changedSince(firstPage.sequence, 10)).records.map((item) => [item.clientId, item.name])).toEqual([['b', 'Renamed b']]);
      expect(await store.recordsAfter('d', 10)).toEqual({ records: [], sequence: (await store.changedSince(0, 10)).sequence });
    });

    describe('search by name', () => {
      beforeEach(async () => {
        await store.commit(
          [
            row('e', { name: 'Élan Vital Studio' }),
            row('f', { name: 'Studio ÉLAN', score: 70, band: RiskBand.Red }),
            row('g', { name: 'Vitality Partners' }),
            row('h', { name: 'elan' }),
            row('i', { name: 'Ølan & Søn' }),
          ],
          13,
        );
      });

      const search = async (text: string, orderBy: ClientSummaryOrder = 'SCORE') =>
        (await store.list({ search: searchFor(text) }, orderBy, 10, null)).rows.map((item) => item.clientId);

      it('finds a name by the start of any of its words, whatever the case and accents: the exact name, then names starting so, then the rest', async () => {
        expect(await search('ELAN')).toEqual(['h', 'e', 'f']);
        expect(await search('élan')).toEqual(['h', 'e', 'f']);
        expect(await search('vita stu')).toEqual(['e']);
        expect(await search('Vital')).toEqual(['g', 'e']);
        expect(await search('lan')).toEqual([]);
        expect(await search('søn')).toEqual(['i']);
        expect((await store.list({ search: searchFor('elan') }, 'SCORE', 1, null)).totalCount).toBe(3);
      });

      it('keeps the order asked for among equally good matches, and other filters apply', async () => {
        expect(await search('studio', 'SCORE')).toEqual(['f', 'e']);
        expect(await search('studio', 'MARGIN')).toEqual(['f', 'e']);
        await store.commit([row('f', { name: 'Studio ÉLAN', contributionMarginMinor: 5_000 })], 14);
        expect(await search('studio', 'MARGIN')).toEqual(['f', 'e']);
        expect(await search('studio elan', 'MARGIN')).toEqual(['f', 'e']);
        expect(await search('client', 'SCORE')).toEqual(['a', 'c', 'b', 'd']);
        expect((await store.list({ search: searchFor('client'), band: RiskBand.Red }, 'SCORE', 10, null)).rows.map((item) => item.clientId)).toEqual([
          'a',
          'c',
        ]);
      });

      it('pages through the matches after the key of the last row read', async () => {
        const elan = searchFor('elan');
        const ids: string[][] = [];
        for (let after: ClientSummaryKey | null = null; ;) {
          const page = await store.list({ search: elan }, 'OVERDUE', 1, after);
          ids.push(page.rows.map((item) => item.clientId));
          if (!page.hasNextPage) break;
          after = clientSummaryKey(page.rows[0], 'OVERDUE', elan);
        }

        expect(ids).toEqual([['h'], ['e'], ['f']]);
      });

      it('answers every search after a rebuild (a reset, then the rows again) as before it', async () => {
        const before = [await search('elan'), await search('studio', 'MARGIN'), await search('client')];
        const rows = await store.find(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);

        await store.reset();
        await store.commit(rows, 13);

        expect([await search('elan'), await search('studio', 'MARGIN'), await search('client')]).toEqual(before);
      });

      it('finds a client by its new name only once the name changes, and nothing after a reset', async () => {
        await store.commit([row('e', { name: '[erased]' })], 14);

        expect(await search('elan')).toEqual(['h', 'f']);
        expect(await search('vital')).toEqual(['g']);
        expect(await search('erased')).toEqual(['e']);

        await store.reset();
        await store.commit([row('j', { name: 'Elan Again' })], 1);
        expect(await search('elan')).toEqual(['j']);
      });
    });

    it('keeps a shadow apart from the live list until it is swapped in, whole, with change numbers above every live one', async () => {
      const liveSequence = (await store.changedSince(0, 100)).sequence;
      const shadow = await store.createShadow();
      expect(await shadow.checkpoint()).toBe(0);
      await shadow.commit([row('a', { name: 'Rebuilt a' }), row('b'), row('z')], 12);
      await shadow.commit([row('c')], 14);
      // The live list goes on meanwhile, untouched by the shadow.
      await store.commit([row('d', { name: 'Live d' })], 13);
      expect((await store.find(['z'])).length).toBe(0);
      expect(await store.hasReadyShadow()).toBe(false);
      expect(await store.readyShadow()).toBeNull();

      await shadow.markReady();
      expect(await store.hasReadyShadow()).toBe(true);
      const ready = await store.readyShadow();
      expect(await ready?.checkpoint()).toBe(14);
      await ready?.swapIn();

      expect(await store.hasReadyShadow()).toBe(false);
      expect(await store.checkpoint()).toBe(14);
      const listed = (await store.list({}, 'SCORE', 10, null)).rows.map((item) => [item.clientId, item.name]);
      expect(listed.sort()).toEqual([
        ['a', 'Rebuilt a'],
        ['b', 'Client b'],
        ['c', 'Client c'],
        ['z', 'Client z'],
      ]);
      const changed = await store.changedSince(liveSequence + 1, 10);
      expect(changed.records.map((item) => item.clientId).sort()).toEqual(['a', 'b', 'c', 'z']);
      await store.commit([row('e')], 15);
      expect((await store.changedSince(changed.sequence, 10)).records.map((item) => item.clientId)).toEqual(['e']);
    });

    it('finds clients by name in a swapped-in list, and no longer by the names only the old list held', async () => {
      await store.commit([row('a', { name: 'Oldname Holdings' })], 13);
      const shadow = await store.createShadow();
      await shadow.commit([row('a', { name: 'Brightwater Studio' }), row('b', { name: 'Brightwater Labs' })], 13);
      await shadow.markReady();

      await (await store.readyShadow())?.swapIn();

      const found = async (text: string) => (await store.list({ search: searchFor(text) }, 'SCORE', 10, null)).rows.map((item) => item.clientId).sort();
      expect(await found('brightwater')).toEqual(['a', 'b']);
      expect(await found('oldname')).toEqual([]);
    });

    it('drops a discarded shadow, and a new shadow starts empty', async () => {
      const first = await store.createShadow();
      await first.commit([row('z')], 5);
      await first.discard();
      expect(await store.hasReadyShadow()).toBe(false);

      const second = await store.createShadow();
      expect(await second.checkpoint()).toBe(0);
      expect(await second.find(['z'])).toEqual([]);
      await second.discard();
      expect(await store.checkpoint()).toBe(12);
    });

    it('starts over empty after a reset', async () => {
      await store.reset();

      expect(await store.checkpoint()).toBe(0);
      expect((await store.list({}, 'SCORE', 10, null)).totalCount).toBe(0);
    });
  });
}
