// The per-project state machine under random clicks (issue 7: no frozen spinner, one load in flight, no unhandled
// rejection): random sequences of Expand, Load more, Retry and Refresh, interleaved with answers that arrive late, fail,
// or are cancelled, against a source with random failures. The real Pager does the paging.
// The source is a scripted stand-in for AtlasClient: the property is about interleavings the real client cannot be made
// to produce on demand (the real client and emulator are in treeEmulator.test.ts, load.test.ts and the fault matrix).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AtlasApiError, type ListResult, type Page, type PageRequest, type PrivateEndpointConnection } from '../../../src/atlas';
import type { ApiMode } from '../../../src/settings';
import { ProjectLoader, type ProjectSource } from '../../../src/tree/projectLoader';
import { connection } from '../tree/helpers';

const PROJECT = '5e2211c17a3e5a48f5497de3';

type Step = { op: 'expand' | 'loadMore' | 'retry' | 'refresh' } | { op: 'wait'; ticks: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom<Step>({ op: 'expand' }, { op: 'loadMore' }, { op: 'retry' }, { op: 'refresh' }),
  fc.integer({ min: 1, max: 6 }).map((ticks): Step => ({ op: 'wait', ticks })),
);

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Pages of `total` connections; each answer comes after `delays` ticks and fails where `failures` says. */
class RandomSource implements ProjectSource {
  inFlight = 0;
  maxInFlight = 0;
  calls = 0;

  constructor(
    private readonly total: number,
    private readonly delays: () => number,
    private readonly fails: () => 'no' | 'server' | 'gone',
  ) {}

  async listPrivateEndpointsPage(_groupId: string, page: PageRequest, signal?: AbortSignal): Promise<Page<PrivateEndpointConnection>> {
    return this.answer(signal, () => {
      const start = (page.pageNum - 1) * page.itemsPerPage;
      const items = Array.from({ length: Math.max(0, Math.min(page.itemsPerPage, this.total - start)) }, (_, index) => connection(start + index));
      return { items, pageNum: page.pageNum, itemsPerPage: page.itemsPerPage, totalCount: this.total, hasMore: start + items.length < this.total, raw: items };
    });
  }

  async listEndpointServices(_groupId: string, _provider: string, signal?: AbortSignal): Promise<ListResult<never>> {
    return this.answer(signal, () => ({ items: [], raw: [] }));
  }

  private async answer<T>(signal: AbortSignal | undefined, produce: () => T): Promise<T> {
    this.calls++;
    // Only loads nobody cancelled count as in flight: a cancelled one is over for the person.
    const live = () => !signal?.aborted;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let counted = true;
    const uncount = () => {
      if (counted) {
        counted = false;
        this.inFlight--;
      }
    };
    signal?.addEventListener('abort', uncount, { once: true });
    try {
      for (let waited = this.delays(); waited > 0 && live(); waited--) await tick();
      if (!live()) throw new AtlasApiError({ kind: 'cancelled', message: 'The request to Atlas was cancelled.' });
      const failure = this.fails();
      if (failure === 'server') throw new AtlasApiError({ kind: 'serverError', status: 500, message: 'HTTP 500' });
      if (failure === 'gone') throw new AtlasApiError({ kind: 'gone', status: 410, message: 'HTTP 410' });
      return produce();
    } finally {
      uncount();
    }
  }
}

describe('ProjectLoader under random clicks (property-based)', function () {
  this.timeout(60_000);

  it('never rejects, keeps at most one load in flight, settles out of "loading", and shows each connection once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArbitrary, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<ApiMode>('auto', 'legacy', 'endpointService'),
        fc.infiniteStream(fc.integer({ min: 0, max: 4 })),
        fc.infiniteStream(fc.constantFrom<'no' | 'server' | 'gone'>('no', 'no', 'no', 'server', 'gone')),
        async (steps, total, pageSize, mode, delays, failures) => {
          const delayStream = delays[Symbol.iterator]();
          const failureStream = failures[Symbol.iterator]();
          const source = new RandomSource(total, () => delayStream.next().value as number, () => failureStream.next().value as 'no' | 'server' | 'gone');
          const pending: Array<Promise<void>> = [];
          let failed = 0;
          const loader = new ProjectLoader({
            projectId: PROJECT,
            source,
            pageSize,
            mode,
            onDidChange: () => undefined,
            onDidStartLoad: (work) => pending.push(work),
            onDidFail: () => failed++,
          });
          const results: Array<Promise<unknown>> = [];
          for (const step of steps) {
            if (step.op === 'wait') {
              for (let index = 0; index < step.ticks; index++) await tick();
            } else if (step.op === 'refresh') {
              loader.reset();
            } else {
              results.push(step.op === 'expand' ? loader.load() : step.op === 'loadMore' ? loader.loadMore() : loader.retry());
            }
            assert.ok(source.inFlight <= (mode === 'endpointService' || mode === 'auto' ? 3 : 1), `${source.inFlight} requests in flight`);
          }
          // Every promise the view was handed settles without rejecting (every load is among them: loads start only
          // in the steps above).
          await Promise.all([...results, ...pending]);

          const state = loader.state();
          assert.notEqual(state.kind, 'loading', 'a spinner was left running');
          if (state.kind === 'connections') {
            assert.equal(state.loadingMore, false, 'Load more was left spinning');
            const ids = state.connections.map((item) => item.id);
            assert.equal(new Set(ids).size, ids.length, 'a connection is shown twice');
            assert.ok(ids.length <= total);
            assert.equal(state.hasMore, ids.length < total, 'Load more shows exactly while connections remain');
          }
          assert.ok(failed <= source.calls, 'more failures reported than requests made');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
