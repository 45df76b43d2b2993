import * as assert from 'node:assert/strict';
import type { AtlasProject, Page } from '../../../src/atlas';
import { DISCOVERY_PAGE_SIZE, ProjectDirectory, discoverProjects, mergeProjects } from '../../../src/tree/projectDirectory';
import { ScriptedSource, atlasError } from './helpers';

const id = (n: number) => n.toString(16).padStart(24, '0');
const project = (n: number, name: string): AtlasProject => ({ id: id(n), name, orgId: 'f'.repeat(24) });

function page(items: AtlasProject[], pageNum: number, hasMore: boolean): Page<AtlasProject> {
  return { items, pageNum, itemsPerPage: DISCOVERY_PAGE_SIZE, hasMore, totalCount: undefined, raw: { results: items } };
}

describe('tree/projectDirectory', () => {
  describe('mergeProjects', () => {
    it('pinned first in the order added, then discovered alphabetically (case-insensitive, numeric), each id once', () => {
      const merged = mergeProjects(
        [{ id: id(9), name: 'zeta' }, { id: id(1) }],
        [project(5, 'beta 10'), project(1, 'Named by discovery'), project(4, 'Alpha'), project(6, 'beta 9'), project(9, 'zeta')],
      );
      assert.deepEqual(merged, [
        { id: id(9), name: 'zeta', pinned: true },
        { id: id(1), name: 'Named by discovery', pinned: true },
        { id: id(4), name: 'Alpha', pinned: false },
        { id: id(6), name: 'beta 9', pinned: false },
        { id: id(5), name: 'beta 10', pinned: false },
      ]);
    });

    it('same name: ordered by id; duplicate pinned ids collapse', () => {
      const merged = mergeProjects([{ id: id(3) }, { id: id(3), name: 'again' }], [project(8, 'Same'), project(7, 'Same')]);
      assert.deepEqual(merged.map((entry) => entry.id), [id(3), id(7), id(8)]);
    });
  });

  describe('discoverProjects', () => {
    it('pages GET /groups at 500 per page until Atlas says there is no more, deduping', async () => {
      const source = new ScriptedSource();
      source.projectPages.push(page([project(1, 'a'), project(2, 'b')], 1, true), page([project(2, 'b'), project(3, 'c')], 2, false));
      const projects = await discoverProjects(source);
      assert.deepEqual(projects.map((item) => item.id), [id(1), id(2), id(3)]);
      assert.deepEqual(source.calls.map((call) => call.page), [
        { pageNum: 1, itemsPerPage: 500 },
        { pageNum: 2, itemsPerPage: 500 },
      ]);
    });

    it('stops on a server that keeps repeating the same page', async () => {
      const source = new ScriptedSource();
      for (let i = 0; i < 50; i++) source.projectPages.push(page([project(1, 'a')], i + 1, true));
      await discoverProjects(source);
      assert.equal(source.calls.length, 2);
    });
  });

  describe('ProjectDirectory', () => {
    function directory(source: ScriptedSource, discover: boolean) {
      let changes = 0;
      const failures: unknown[] = [];
      const dir = new ProjectDirectory({ source, pinned: [{ id: id(1), name: 'pinned' }], discover, onDidChange: () => changes++, onDidFail: (error) => failures.push(error) });
      return { dir, changes: () => changes, failures };
    }

    it('discovery off: the pinned projects, no request', async () => {
      const source = new ScriptedSource();
      const { dir } = directory(source, false);
      await dir.load();
      assert.deepEqual(dir.state(), { kind: 'ready', projects: [{ id: id(1), name: 'pinned', pinned: true }] });
      assert.equal(source.calls.length, 0);
    });

    it('discovery on: loads once, merges; a failure keeps the pinned projects and the error until reset', async () => {
      const source = new ScriptedSource();
      source.projectPages.push(atlasError(401, 'USER_UNAUTHORIZED', 'unauthorized') as never);
      const { dir, failures } = directory(source, true);
      assert.equal(dir.state().kind, 'loading');
      await dir.load();
      const failed = dir.state();
      assert.equal(failed.kind, 'failed');
      assert.equal(failed.projects.length, 1);
      assert.equal(failures.length, 1);
      await dir.load();
      assert.equal(source.calls.length, 1, 'no automatic retry');

      source.projectPages.push(page([project(2, 'found')], 1, false));
      dir.reset();
      await dir.load();
      assert.deepEqual(dir.state().projects.map((entry) => entry.name), ['pinned', 'found']);
      await dir.load();
      assert.equal(source.calls.length, 2, 'cached until reset');
    });

    it('reset cancels discovery in flight; turning discovery off drops the discovered projects', async () => {
      const source = new ScriptedSource();
      // One answer for the cancelled request, one for the next.
      source.projectPages.push(page([project(2, 'found')], 1, false), page([project(2, 'found')], 1, false));
      const { dir } = directory(source, true);
      source.hold();
      const pending = dir.load();
      assert.equal(dir.load(), pending, 'one discovery in flight');
      dir.reset();
      assert.equal(source.calls[0].signal?.aborted, true);
      source.release();
      await pending;
      assert.equal(dir.state().kind, 'loading', 'the cancelled result is dropped; the next load starts afresh');

      await dir.load();
      assert.equal(dir.state().projects.length, 2);
      dir.setDiscover(false);
      assert.deepEqual(dir.state().projects.map((entry) => entry.id), [id(1)]);
    });
  });
});
