'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { useNow } from '@/app/_components/use-now';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { tableAlert, tableLink } from '@/lib/ui/table-status';
import { HostLinkDialog } from './host-link-dialog';
import { RecentMoves } from './recent-moves';
import { TableCard } from './table-card';
import { TableDetail } from './table-detail';

type Props = { view: Snapshot; socket: Pick<SessionSocket, 'send' | 'watch'>; serverNow(): number };

/** Every table at a glance (its figures); one opened below with its live content. */
export function TablesBoard({ view, socket, serverNow }: Props) {
  const t = useTranslations('board');
  const now = useNow(serverNow, 5_000);
  const [openId, setOpenId] = useState<string | null>(null);
  const [linkId, setLinkId] = useState<string | null>(null);
  const seating = view.seating ?? [];
  const opened = seating.find((s) => s.id === openId) ?? null;
  const linked = seating.find((s) => s.id === linkId) ?? null;
  const statsOf = (id: string) => view.tableStats?.find((s) => s.tableId === id);
  const byName = view.participants ? [...view.participants].sort((a, b) => a.displayName.localeCompare(b.displayName)) : null;
  const open = (id: string) => {
    const next = openId === id ? null : id;
    setOpenId(next);
    socket.watch(next);
  };

  return (
    <section aria-labelledby="board-heading" className="stack">
      <h2 id="board-heading">{t('heading')}</h2>
      <RecentMoves moves={view.recentMoves ?? []} seating={seating} closed={view.live.stage.kind === 'closed'} send={socket.send} />
      <ul className="table-grid">
        {seating.map((table) => {
          const stats = statsOf(table.id);
          return (
            <TableCard
              key={table.id}
              table={table}
              stats={stats}
              people={byName ? byName.filter((p) => p.tableId === table.id) : null}
              alert={stats ? tableAlert(stats, view.live.stage, view.live.timer, now) : null}
              sharing={view.live.stage.kind === 'phase' && view.live.stage.phase === 'sharing'}
              selected={openId === table.id}
              onOpen={() => open(table.id)}
              onHostLink={() => setLinkId(table.id)}
            />
          );
        })}
      </ul>
      <div id="table-detail">
        {opened ? (
          <TableDetail view={view} table={opened} content={view.tables?.find((tv) => tv.tableId === opened.id)} send={socket.send} serverNow={serverNow} />
        ) : null}
      </div>
      <HostLinkDialog
        table={linked}
        hostLink={linked ? view.hostLinks?.[linked.id] : undefined}
        tableLink={linked ? tableLink(view.joinUrl, view.session.code, linked.number) : ''}
        onClose={() => setLinkId(null)}
      />
    </section>
  );
}
