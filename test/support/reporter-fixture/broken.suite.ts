// A suite that fails outside its tests (as the browser suite does without Chromium).
import { beforeAll, expect, it } from 'vitest';

beforeAll(() => {
  throw new Error('Chromium not found');
});

it('never runs', () => expect(1).toBe(1));
