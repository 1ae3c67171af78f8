'use client';
import type { ReactNode } from 'react';
import type { IdeaEntry } from '@/lib/export/deliverable-types';
import { exportLabels, longDate, votesLabel, type ExportLabels } from '@/lib/export/labels';
import type { SynthesisPage } from '@/lib/export/synthesis-page';
import { DataTable, SynthesisPlenary } from './synthesis-plenary';
import styles from './synthesis.module.css';

/** Headings start at `level` (1 on a page of its own, deeper inside another page). */
export type HeadingLevel = 1 | 2 | 3;

const TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

export function Heading({ level, children, className, id }: { level: number; children: ReactNode; className?: string; id?: string }) {
  const Tag = TAGS[Math.min(level, 6) - 1] ?? 'h6';
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

function Idea({ idea, t, votesOnIdeas }: { idea: IdeaEntry; t: ExportLabels; votesOnIdeas: boolean }) {
  const facts = [
    idea.tables.map((table) => table.name).join(', '),
    idea.plusOnes > 0 ? `+1 × ${idea.plusOnes}` : '',
    votesOnIdeas && idea.vote && idea.vote.dots > 0 ? votesLabel(idea.vote, t) : '',
  ].filter(Boolean);
  return (
    <li className={styles.idea}>
      <p className={styles.ideaText}>{idea.text}</p>
      <p className={styles.ideaFacts}>
        {facts.join(' · ')} <span className={styles.ref}>{idea.ref}</span>
      </p>
      {idea.variants.length > 0 ? (
        <ul className={styles.variants}>
          {idea.variants.map((v) => (
            <li key={v.ref}>{t('doc.sameIdea', { table: v.table.name, text: v.text })}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The café's synthesis as a page: the same content and words as the DOCX (without its notes
 * appendix), in the session's language whatever the interface's. Every text is rendered as text.
 */
export function SynthesisDocument({ page, level }: { page: SynthesisPage; level: HeadingLevel }) {
  const t = exportLabels(page.language);
  const p = page.participation;
  const votesOnIdeas = page.voted && page.itemKind === 'ideas';
  return (
    <article className={styles.document} lang={page.language} data-testid="synthesis-document">
      <header className={styles.cover}>
        <p className={styles.kind}>{t('doc.kind')}</p>
        <Heading level={level} className={styles.title}>
          {page.title}
        </Heading>
        {page.date ? <p className={styles.date}>{t('doc.dateLine', { text: longDate(page.date, page.language) })}</p> : null}
        {page.purpose ? <p className={styles.purpose}>{page.purpose}</p> : null}
      </header>

      <section className={styles.section} aria-labelledby="synthesis-participation">
        <Heading level={level + 1} id="synthesis-participation">
          {t('doc.participation')}
        </Heading>
        <p>{t('doc.participationSummary', { people: p.people, tables: p.tables, rounds: p.rounds, count: p.notes, total: p.ideas })}</p>
        {page.voted || p.raters > 0 ? <p>{t('doc.plenarySummary', { people: p.voters, count: p.raters })}</p> : null}
        <DataTable
          caption={t('doc.participation')}
          columns={[
            { header: t('columns.question') },
            { header: t('columns.people'), numeric: true },
            { header: t('columns.notes'), numeric: true },
            { header: t('columns.ideas'), numeric: true },
          ]}
          rows={page.questions.map((q, i) => [`${q.number}. ${q.question}`, p.perRound[i]?.people ?? 0, q.noteCount, q.ideaCount])}
        />
      </section>

      <section className={styles.section} aria-labelledby="synthesis-questions">
        <Heading level={level + 1} id="synthesis-questions">
          {t('doc.questions')}
        </Heading>
        {page.questions.map((q) => {
          const grouped = q.groups.some((g) => g.workstream !== null);
          return (
            <div key={q.round} className={styles.question}>
              <Heading level={level + 2}>{t('doc.questionTitle', { n: q.number, text: q.question })}</Heading>
              {q.groups.length === 0 ? <p className={styles.muted}>{t('doc.noIdeas')}</p> : null}
              {q.groups.map((group) => (
                <div key={group.workstream?.id ?? 'loose'}>
                  {grouped ? (
                    <Heading level={level + 3} className={styles.group}>
                      {group.workstream?.name ?? t('doc.looseIdeas')}
                      {group.workstream?.vote ? <span className={styles.groupVotes}> — {votesLabel(group.workstream.vote, t)}</span> : null}
                    </Heading>
                  ) : null}
                  <ul className={styles.ideas}>
                    {group.ideas.map((idea) => (
                      <Idea key={idea.id} idea={idea} t={t} votesOnIdeas={votesOnIdeas} />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          );
        })}
      </section>

      <SynthesisPlenary page={page} level={level} t={t} />
    </article>
  );
}
