'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { newCommandId } from '@/lib/realtime/command-id';
import type { IdeaView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { moveItem } from '@/lib/ui/session-form';
import { AckError } from '@/app/_components/ack-error';
import { IdeaForm } from './idea-form';
import { IdeaLineage } from './idea-lineage';
import { PlusOneCount } from './plus-one-button';
import styles from './table.module.css';
import { useCommand } from '@/app/_components/use-command';

type Props = { ideas: readonly IdeaView[]; send: SessionSocket['send']; tableId?: string };

/** The host's (or organiser's) list of the table's ideas: edit, delete (confirmed), move up and down. */
export function IdeaEditorList({ ideas, send, tableId }: Props) {
  const t = useTranslations('consolidate');
  const headingId = useId();
  const tt = useTranslations('table');
  const { run, busy, error } = useCommand(send);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<IdeaView | null>(null);
  const sorted = [...ideas].sort((a, b) => a.position - b.position);

  const move = (index: number, delta: number) => {
    const ideaIds = moveItem(sorted, index, delta).map((i) => i.id);
    void run('idea:reorder', { commandId: newCommandId(), ideaIds, ...(tableId ? { tableId } : {}) });
  };

  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <h3 id={headingId}>{tt('ideas')}</h3>
      <AckError code={error} />
      {sorted.length === 0 ? <p className="muted">{tt('noIdeas')}</p> : null}
      <ol className={styles.list}>
        {sorted.map((idea, index) => {
          const n = index + 1;
          return (
            <li key={idea.id} className={styles.item}>
              {editing === idea.id ? (
                <IdeaForm
                  initial={idea.text}
                  label={t('editLabel', { n })}
                  busy={busy}
                  onCancel={() => setEditing(null)}
                  onSave={async (text) => {
                    const ack = await run('idea:edit', { commandId: newCommandId(), ideaId: idea.id, text });
                    if (ack.ok) setEditing(null);
                  }}
                />
              ) : (
                <>
                  <div className={styles.itemRow}>
                    <p className={styles.text}>{idea.text}</p>
                    <PlusOneCount count={idea.plusOnes} />
                  </div>
                  <IdeaLineage idea={idea} />
                  <div className={styles.actions}>
                    <button type="button" className="btn" aria-label={t('moveUp', { n })} disabled={busy || index === 0} onClick={() => move(index, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="btn"
                      aria-label={t('moveDown', { n })}
                      disabled={busy || index === sorted.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" className="btn" aria-label={t('editLabel', { n })} onClick={() => setEditing(idea.id)}>
                      {t('edit')}
                    </button>
                    <button type="button" className="btn btn-ghost" aria-label={t('deleteLabel', { n })} onClick={() => setDeleting(idea)}>
                      {t('delete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteTitle')}
        confirmLabel={t('delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void run('idea:delete', { commandId: newCommandId(), ideaId: deleting.id });
          setDeleting(null);
        }}
      >
        <p>{t('deleteBody', { text: deleting?.text ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
