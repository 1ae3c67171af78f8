'use client';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { RestitutionIdeas } from '@/app/_components/plenary/restitution-ideas';
import { RestitutionPagerControls } from '@/app/_components/plenary/restitution-pager-controls';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useCommand } from '@/app/_components/use-command';
import { useTableTitle } from '@/app/_components/use-table-title';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryConsoleProps } from './plenary-console-props';

/** Which table presents (of how many), its ideas and the one shown; the organiser can page and highlight too (the control bar moves between tables). */
export function RestitutionConsole({ view, socket }: PlenaryConsoleProps) {
  const t = useTranslations('plenaryA');
  const tableTitle = useTableTitle();
  const { run, busy, error } = useCommand(socket.send);
  const restitution = view.plenary?.restitution ?? null;
  const { stage } = view.live;
  if (!restitution) return null;
  const position = stage.kind === 'plenary' && stage.step === 'restitution' ? stage.table + 1 : restitution.table.number;
  return (
    <section aria-labelledby="restitution-heading" className="card stack" data-testid="restitution-console">
      <div className="stack-sm">
        <p className="muted">{t('tableOf', { n: position, total: view.session.tableCount })}</p>
        <h2 id="restitution-heading" className="cluster">
          <TableSwatch colour={restitution.table.colour} /> {t('presentingNow', { table: tableTitle(restitution.table) })}
        </h2>
        <p>{restitution.table.hostName ? t('presentedBy', { name: restitution.table.hostName }) : t('noHost')}</p>
      </div>
      <RestitutionPagerControls restitution={restitution} send={socket.send} />
      <RestitutionIdeas
        restitution={restitution}
        questions={view.session.rounds}
        action={(idea) => {
          const shown = idea.id === restitution.highlightedIdeaId;
          return (
            <button
              type="button"
              className="btn btn-ghost"
              aria-pressed={shown}
              disabled={busy}
              aria-label={t('showIdeaLabel', { text: idea.text.length > 60 ? `${idea.text.slice(0, 60)}…` : idea.text })}
              onClick={() => void run('restitution:show', { commandId: newCommandId(), ideaId: shown ? null : idea.id })}
            >
              {shown ? t('shown') : t('showIdea')}
            </button>
          );
        }}
      />
      <AckError code={error} />
    </section>
  );
}
