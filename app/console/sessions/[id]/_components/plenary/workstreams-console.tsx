'use client';
import { useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { boardColumns, type BoardFilter } from '@/lib/ui/workstream-board';
import type { PlenaryConsoleProps } from './plenary-console-props';
import { WorkstreamsColumn } from './workstreams-column';
import { WorkstreamsCreate } from './workstreams-create';
import { WorkstreamsFilter } from './workstreams-filter';
import { WorkstreamsMerge } from './workstreams-merge';
import { WorkstreamsSelection } from './workstreams-selection';
import { WorkstreamsSuggestions } from './workstreams-suggestions';
import styles from './workstreams.module.css';

/**
 * The organiser groups every consolidated idea of the café into workstreams: create, rename, merge,
 * split, delete, reorder; move ideas by dragging them or, with the keyboard, by ticking them and
 * choosing "Move to…"; mark ideas of different tables as the same idea; accept suggested groups.
 */
export function WorkstreamsConsole({ view, socket }: PlenaryConsoleProps) {
  const t = useTranslations('plenaryB.workstreams');
  const board = view.plenary?.board ?? null;
  const command = useCommand(socket.send);
  const [filter, setFilter] = useState<BoardFilter>({ words: '', tableId: null });
  const [chosen, setChosen] = useState<string[]>([]);
  const [merging, setMerging] = useState<string[]>([]);
  const columns = useMemo(() => (board ? boardColumns(board, filter) : []), [board, filter]);
  if (!board) return null;

  // What was ticked and has since gone (merged into another idea, deleted) is no longer chosen.
  const entryIds = new Set(columns.flatMap((column) => column.entries.map((entry) => entry.id)));
  const chosenNow = chosen.filter((id) => entryIds.has(id));
  const workstreamIds = new Set(board.workstreams.map((w) => w.id));
  const mergingNow = merging.filter((id) => workstreamIds.has(id));
  const toggle = (id: string, on: boolean) => setChosen((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));
  const toggleMerge = (id: string, on: boolean) => setMerging((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));
  const unplaced = columns[0]?.ideaCount ?? 0;

  return (
    <section aria-labelledby="workstreams-heading" className="card stack">
      <div className="spread">
        <h2 id="workstreams-heading">{t('heading')}</h2>
        <p className="badge" aria-live="polite">
          {t('counts', { count: board.ideas.length, number: unplaced, total: board.workstreams.length })}
        </p>
      </div>
      <p className="muted">{t('intro')}</p>
      <WorkstreamsCreate board={board} chosen={chosenNow} command={command} onDone={() => setChosen([])} />
      <WorkstreamsSuggestions board={board} command={command} />
      <WorkstreamsFilter board={board} filter={filter} onChange={setFilter} />
      <WorkstreamsSelection board={board} chosen={chosenNow} command={command} onDone={() => setChosen([])} />
      {mergingNow.length > 0 ? <WorkstreamsMerge board={board} merging={mergingNow} command={command} onDone={() => setMerging([])} /> : null}
      <AckError code={command.error} />
      <div className={styles.columns}>
        {columns.map((column, i) => (
          <WorkstreamsColumn
            key={column.workstream?.id ?? 'none'}
            board={board}
            column={column}
            first={i === 1}
            last={i === columns.length - 1}
            chosen={chosenNow}
            merging={mergingNow}
            command={command}
            onChoose={toggle}
            onMergePick={toggleMerge}
          />
        ))}
      </div>
    </section>
  );
}
