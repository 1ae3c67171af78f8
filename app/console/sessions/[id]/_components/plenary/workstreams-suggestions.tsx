'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import type { BoardCommand } from './workstreams-command';
import styles from './workstreams.module.css';

type Props = { board: PlenaryBoard; command: BoardCommand };

/** A proposed group, as the organiser edits it before accepting (nothing is stored until then). */
type Proposal = { key: string; name: string; terms: string[]; ideaIds: string[] };

/** Ideas shown per proposal before "+N more". */
const SHOWN_IDEAS = 5;

/**
 * "Suggest groups": the server proposes groups from the ideas' words (no external model); each can be
 * renamed, accepted (a new workstream with its ideas) or dismissed, or all accepted at once.
 */
export function WorkstreamsSuggestions({ board, command }: Props) {
  const t = useTranslations('plenaryB.suggest');
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [unplacedOnly, setUnplacedOnly] = useState(true);
  const onlyId = useId();
  const texts = new Map(board.ideas.map((idea) => [idea.id, idea.text]));

  const suggest = async () => {
    const ack = await command.run('plenary:suggest', { unplacedOnly });
    if (ack.ok) setProposals(ack.suggestion.groups.map((group) => ({ ...group, key: newCommandId() })));
  };
  const accept = async (accepted: Proposal[]) => {
    const groups = accepted.filter((p) => p.name.trim()).map((p) => ({ workstreamId: newCommandId(), name: p.name.trim(), ideaIds: p.ideaIds }));
    if (groups.length === 0) return;
    const ack = await command.run('suggestion:accept', { commandId: newCommandId(), groups });
    if (ack.ok) setProposals((list) => list?.filter((p) => !accepted.includes(p)) ?? null);
  };
  const dismiss = (key: string) => setProposals((list) => list?.filter((p) => p.key !== key) ?? null);
  const rename = (key: string, name: string) => setProposals((list) => list?.map((p) => (p.key === key ? { ...p, name } : p)) ?? null);

  return (
    <section aria-labelledby="suggest-heading" className={`stack-sm ${styles.suggest}`}>
      <h3 id="suggest-heading">{t('heading')}</h3>
      <div className={styles.row}>
        <div className="checkbox">
          <input id={onlyId} type="checkbox" checked={unplacedOnly} onChange={(e) => setUnplacedOnly(e.target.checked)} />
          <label htmlFor={onlyId}>{t('unplacedOnly')}</label>
        </div>
        <button type="button" className="btn" disabled={command.busy} onClick={() => void suggest()}>
          {t('button')}
        </button>
      </div>
      <p role="status" className="hint">
        {proposals === null ? t('hint') : proposals.length === 0 ? t('none') : t('found', { count: proposals.length })}
      </p>
      {proposals && proposals.length > 0 ? (
        <>
          <ul className={styles.proposals}>
            {proposals.map((p, i) => (
              <li key={p.key} className={styles.proposal} aria-labelledby={`proposal-${p.key}`}>
                <div className="field">
                  <label id={`proposal-${p.key}`} htmlFor={`proposal-name-${p.key}`}>
                    {t('groupName', { n: i + 1 })}
                  </label>
                  <input id={`proposal-name-${p.key}`} className="input" value={p.name} maxLength={80} onChange={(e) => rename(p.key, e.target.value)} />
                </div>
                {p.terms.length > 0 ? <p className="hint">{t('terms', { list: p.terms.join(', ') })}</p> : null}
                <ul className={styles.proposalIdeas}>
                  {p.ideaIds.slice(0, SHOWN_IDEAS).map((id) => (
                    <li key={id}>{texts.get(id) ?? '…'}</li>
                  ))}
                </ul>
                {p.ideaIds.length > SHOWN_IDEAS ? <p className="hint">{t('more', { count: p.ideaIds.length - SHOWN_IDEAS })}</p> : null}
                <div className="cluster">
                  <button type="button" className="btn btn-primary" disabled={command.busy || !p.name.trim()} onClick={() => void accept([p])}>
                    {t('accept', { count: p.ideaIds.length })}
                  </button>
                  <button type="button" className="btn btn-ghost" onClick={() => dismiss(p.key)}>
                    {t('dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <div className="cluster">
            <button type="button" className="btn" disabled={command.busy} onClick={() => void accept(proposals)}>
              {t('acceptAll')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setProposals(null)}>
              {t('dismissAll')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
