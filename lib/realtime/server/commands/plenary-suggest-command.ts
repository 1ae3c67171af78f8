/**
 * `plenary:suggest`: the suggested grouping of the café's ideas, computed on the server and
 * answered in the ack. Declared by hand rather than with `declareCommand`, whose decision runs
 * synchronously inside the transaction: here the ideas are read in the turn's batch (after the
 * writes sent before it), then grouped — off the server's thread when the café is large — and the
 * ack waits for the result. Nothing is written.
 */
import type { Tx } from '@/db/client';
import { plenaryIdeas } from '@/db/queries/plenary-view';
import type { GroupingSuggestion, IdeaText } from '@/lib/domain/grouping/suggest-groups';
import type { Language } from '@/lib/i18n/locales';
import { plenarySuggestSchema, type Ack } from '@/lib/realtime/contract';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { actorOf, refusal, type DeclaredCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { sharedGroupingRunner } from '@/lib/realtime/server/plenary-grouping';

const EVENT = 'plenary:suggest';

/**
 * What is grouped: each item-to-be (an idea not marked the same as another) with its text and the
 * texts of the ideas marked the same as it, optionally only those in no workstream yet.
 */
function ideasToGroup(tx: Tx, sessionId: string, unplacedOnly: boolean): IdeaText[] {
  const ideas = plenaryIdeas(tx, sessionId);
  const texts = new Map<string, string[]>();
  for (const idea of ideas) {
    const root = idea.sameAsId ?? idea.id;
    texts.set(root, [...(texts.get(root) ?? []), idea.text]);
  }
  return ideas
    .filter((idea) => idea.sameAsId === null && !(unplacedOnly && idea.workstreamId !== null))
    .map((idea) => ({ id: idea.id, text: (texts.get(idea.id) ?? [idea.text]).join('\n') }));
}

function readRequest(tx: Tx, identity: Parameters<typeof sessionOrganiser.resolve>[0], payload: unknown): { ideas: IdeaText[]; language: Language } {
  const session = sessionOrganiser.resolve(identity, tx);
  const parsed = plenarySuggestSchema.safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
    throw new CommandError('invalid-payload', `invalid ${EVENT} payload`, issues);
  }
  return { ideas: ideasToGroup(tx, session.row.id, parsed.data.unplacedOnly ?? false), language: session.row.language };
}

export const plenarySuggestCommand: DeclaredCommand = {
  event: EVENT,
  auth: sessionOrganiser,
  execute(socket, services, payload, reply) {
    const { deps, limiter, batcher } = services;
    const identity = socket.data.identity;
    if (identity.role !== 'organiser' && !limiter.take(actorOf(identity) + (identity.role === 'guest' ? socket.id : ''), deps.clock.now())) {
      reply(refusal(new CommandError('rate-limited', 'too many commands, slow down'), EVENT, services));
      return;
    }
    batcher.submit(
      (tx) => readRequest(tx, identity, payload),
      (outcome) => {
        if (!outcome.ok) {
          reply(refusal(outcome.error, EVENT, services));
          return;
        }
        sharedGroupingRunner()
          .suggest(outcome.value.ideas, outcome.value.language)
          .then(
            (suggestion) => {
              const ack: Ack<{ suggestion: GroupingSuggestion }> = { ok: true, suggestion };
              reply(ack);
            },
            (error: unknown) => reply(refusal(error, EVENT, services)),
          );
      },
    );
  },
};
