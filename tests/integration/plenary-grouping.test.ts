/**
 * The suggested grouping's runner: a large café is grouped in its own thread (the server's event
 * loop keeps turning meanwhile) with the very result the rules give on the server's thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { suggestGroups } from '@/lib/domain/grouping/suggest-groups';
import { IDEAS_EN } from '@/lib/domain/grouping/fixtures/ideas-en';
import { IDEAS_FR } from '@/lib/domain/grouping/fixtures/ideas-fr';
import { createGroupingRunner, GroupingError } from '@/lib/realtime/server/plenary-grouping';

const texts = [...IDEAS_FR, ...IDEAS_EN].map((idea) => idea.text);
/** 1,200 ideas: about half a second of grouping on the development machine. */
const ideas = Array.from({ length: 1_200 }, (_, i) => ({
  id: `idea-${String(i).padStart(4, '0')}`,
  text: `${texts[i % texts.length]!} ${i % 3 === 0 ? 'vite' : ''}`,
}));

const threaded = createGroupingRunner({ inlineMaxIdeas: 0 });

afterAll(async () => {
  await threaded.close();
});

describe('the grouping runner', () => {
  it('groups in its own thread, with the same result as on the server’s thread, while the event loop keeps turning', async () => {
    let turns = 0;
    let grouping = true;
    const spin = () => {
      turns += 1;
      if (grouping) setImmediate(spin);
    };
    setImmediate(spin);
    const suggestion = await threaded.suggest(ideas, 'fr');
    grouping = false;
    expect(suggestion).toEqual(suggestGroups(ideas, { language: 'fr' }));
    // Grouping on this thread would have let no turn happen until it finished.
    expect(turns).toBeGreaterThan(10);
  });

  it('answers several requests, each with its own result', async () => {
    const [english, french] = await Promise.all([threaded.suggest(ideas.slice(0, 49), 'en'), threaded.suggest(ideas.slice(49, 98), 'fr')]);
    expect(english).toEqual(suggestGroups(ideas.slice(0, 49), { language: 'en' }));
    expect(french).toEqual(suggestGroups(ideas.slice(49, 98), { language: 'fr' }));
  });

  it('refuses requests once closed', async () => {
    const runner = createGroupingRunner({ inlineMaxIdeas: 0 });
    await runner.close();
    await expect(runner.suggest(ideas.slice(0, 5), 'fr')).rejects.toBeInstanceOf(GroupingError);
  });
});
