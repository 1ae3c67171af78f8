'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { TableView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { afterMerge, notesToMerge } from '@/lib/ui/consolidation-notes';
import { mergeDraft } from '@/lib/ui/table-status';
import { AckError } from '@/app/_components/ack-error';
import { IdeaEditorList } from './idea-editor-list';
import { IdeaForm } from './idea-form';
import { SelectableNotes } from './selectable-notes';
import styles from './table.module.css';
import { useCommand } from '@/app/_components/use-command';

type Props = { table: TableView; send: SessionSocket['send']; /** The organiser names the table. */ tableId?: string };

type Compose = { key: string; text: string; sourceNoteIds: string[] };

/** Consolidation: select shared notes → merge into an idea (editable text), or write a new one; then shape the list. */
export function ConsolidationEditor({ table, send, tableId }: Props) {
  const t = useTranslations('consolidate');
  const headingId = useId();
  const { run, busy, error } = useCommand(send);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [compose, setCompose] = useState<Compose | null>(null);
  const notes = notesToMerge(table.notes, table.ideas);
  // Notes that were merged then left the table's view are not selectable any more.
  const chosen = notes.filter((n) => selected.has(n.id)).map((n) => n.id);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const save = async (text: string) => {
    if (!compose) return;
    const ack = await run('idea:add', {
      commandId: newCommandId(),
      ideaId: newCommandId(),
      text,
      sourceNoteIds: compose.sourceNoteIds,
      ...(tableId ? { tableId } : {}),
    });
    if (ack.ok) {
      setCompose(null);
      // Only the notes of this idea: one ticked meanwhile is kept for the next.
      setSelected((current) => afterMerge(current, compose.sourceNoteIds));
    }
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('heading')}</h2>
        <p className="muted">{t('hint')}</p>
      </div>
      <SelectableNotes notes={notes} selected={selected} onToggle={toggle} />
      {/* Pinned to the bottom of the screen while the notes scroll by: the merge stays within reach. */}
      <div className={`${styles.actions} ${styles.mergeBar}`}>
        <p className={styles.selectedCount} aria-live="polite">
          {t('selected', { count: chosen.length })}
        </p>
        <button
          type="button"
          className="btn btn-primary"
          disabled={chosen.length === 0}
          onClick={() => setCompose({ key: newCommandId(), text: mergeDraft(notes, new Set(chosen)), sourceNoteIds: chosen })}
        >
          {t('merge')}
        </button>
        <button type="button" className="btn" onClick={() => setCompose({ key: newCommandId(), text: '', sourceNoteIds: [] })}>
          {t('newIdea')}
        </button>
      </div>
      {compose ? (
        <div className="card">
          <IdeaForm
            key={compose.key}
            initial={compose.text}
            label={t('ideaText')}
            busy={busy}
            onSave={(text) => void save(text)}
            onCancel={() => setCompose(null)}
          />
        </div>
      ) : null}
      <AckError code={error} />
      <IdeaEditorList ideas={table.ideas} send={send} tableId={tableId} />
    </section>
  );
}
