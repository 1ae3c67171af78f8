'use client';
import { useTranslations } from 'use-intl';
import { RestitutionIdeas } from '@/app/_components/plenary/restitution-ideas';
import { RestitutionPagerControls } from '@/app/_components/plenary/restitution-pager-controls';
import { PlusOneButton } from '@/app/_components/table/plus-one-button';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { PlenaryPhoneProps } from './plenary-phone-props';

/**
 * The table presenting and its ideas, the one presented marked. +1 works where the server takes it
 * (an idea of one's own table, this round's); the presenting table's host gets the pager.
 */
export function RestitutionPhone({ view, plenary, me, send }: PlenaryPhoneProps) {
  const t = useTranslations('plenaryA');
  const tableTitle = useTableTitle();
  const restitution = plenary.restitution;
  if (!restitution) return null;
  const { stage } = view.live;
  const ownTable = view.table && view.table.tableId === me.tableId && me.tableId === restitution.table.id ? view.table : null;
  const presenting = ownTable !== null && ownTable.hostId === me.id;
  const mine = view.myPlusOnes ?? [];
  const position = stage.kind === 'plenary' && stage.step === 'restitution' ? stage.table + 1 : restitution.table.number;
  return (
    <>
      <section className="card stack-sm" aria-labelledby="restitution-phone-heading" data-testid="restitution-phone">
        <p className="muted">{t('tableOf', { n: position, total: view.session.tableCount })}</p>
        <h2 id="restitution-phone-heading" className="cluster">
          <TableSwatch colour={restitution.table.colour} /> {t('presentingNow', { table: tableTitle(restitution.table) })}
        </h2>
        {restitution.table.hostName ? <p>{t('presentedBy', { name: restitution.table.hostName })}</p> : null}
      </section>
      {presenting ? (
        <section className="card stack-sm" aria-labelledby="pager-heading" data-testid="host-pager">
          <h2 id="pager-heading">{t('yourTurnToPresent')}</h2>
          <p className="muted">{t('pagerHint')}</p>
          <RestitutionPagerControls restitution={restitution} send={send} />
        </section>
      ) : null}
      <section className="card" aria-label={t('tableIdeas')}>
        <RestitutionIdeas
          restitution={restitution}
          questions={view.session.rounds}
          action={(idea) => {
            const counted = ownTable?.ideas.find((i) => i.id === idea.id);
            return counted ? <PlusOneButton targetId={idea.id} text={idea.text} plusOnes={counted.plusOnes} mine={mine.includes(idea.id)} send={send} /> : null;
          }}
        />
      </section>
    </>
  );
}
