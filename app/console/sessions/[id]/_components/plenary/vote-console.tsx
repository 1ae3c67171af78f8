'use client';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { RankingChart } from '@/app/_components/plenary/ranking-chart';
import { VoteProgress } from '@/app/_components/plenary/vote-progress';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryConsoleProps } from './plenary-console-props';
import { ShortlistPicker } from './shortlist-picker';

/** The silent vote: open, close, reopen; how many have voted (never a tally before the close); then the ranking and the shortlist. */
export function VoteConsole({ view, socket }: PlenaryConsoleProps) {
  const t = useTranslations('plenaryA');
  const { run, busy, error } = useCommand(socket.send);
  const plenary = view.plenary;
  if (!plenary) return null;
  const { vote, items } = plenary;
  const programme = view.session.plenary;
  const command = (event: 'vote:open' | 'vote:close') => void run(event, { commandId: newCommandId() });
  return (
    <>
      <section aria-labelledby="vote-heading" className="card stack" data-testid="vote-console">
        <div className="spread">
          <h2 id="vote-heading">{t('silentVote')}</h2>
          <p className="badge" data-testid="vote-status">
            {t(`status.${vote.status}`)}
          </p>
        </div>
        <p className="muted">
          {t('voteRules', { count: programme.dotsPerPerson, max: programme.maxDotsPerItem })} {t('itemsCount', { count: items.length })}
        </p>
        <VoteProgress progress={view.plenaryProgress} className="lead" />
        <div className="cluster">
          {vote.status === 'open' ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => command('vote:close')}>
              {t('closeVote')}
            </button>
          ) : (
            <button type="button" className="btn" disabled={busy || items.length === 0} onClick={() => command('vote:open')}>
              {vote.status === 'closed' ? t('reopenVote') : t('openVote')}
            </button>
          )}
        </div>
        {vote.status === 'open' ? <p className="muted">{t('silentHint')}</p> : null}
        {vote.status === 'closed' && vote.ranking ? (
          <div className="stack-sm">
            <h3>{t('results')}</h3>
            <RankingChart ranking={vote.ranking} items={items} />
          </div>
        ) : null}
        <AckError code={error} />
      </section>
      <ShortlistPicker plenary={plenary} send={socket.send} size={programme.shortlistSize} />
    </>
  );
}
