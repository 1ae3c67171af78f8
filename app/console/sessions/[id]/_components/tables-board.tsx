'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { useNow } from '@/app/_components/use-now';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { tableAlert, tableLink } from '@/lib/ui/table-status';
import { HostLinkDialog } from './host-link-dialog';
import { TableCard } from './table-card';
import { TableDetail } from './table-detail';

type Props = { view: Snapshot; send: SessionSocket['send']; serverNow(): number };

/** Every table at a glance; one opened below with its live content. */
export function TablesBoard({ view, send, serverNow }: Props) {
  const t = useTranslations('board');
  const now = useNow(serverNow, 5_000);
  const [openId, setOpenId] = useState<string | null>(null);
  const [linkId, setLinkId] = useState<string | null>(null);
  const participants = [...(view.participants ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const opened = view.seating.find((s) => s.id === openId) ?? null;
  const linked = view.seating.find((s) => s.id === linkId) ?? null;
  const contentOf = (id: string) => view.tables?.find((tv) => tv.tableId === id);

  return (
    <section aria-labelledby="board-heading" className="stack">
      <h2 id="board-heading">{t('heading')}</h2>
      <ul className="table-grid">
        {view.seating.map((table) => (
          <TableCard
            key={table.id}
            table={table}
            content={contentOf(table.id)}
            participants={participants.filter((p) => p.tableId === table.id || p.id === table.hostId)}
            alert={(() => {
              const content = contentOf(table.id);
              return content ? tableAlert(content, view.live.stage, view.live.timer, now) : null;
            })()}
            sharing={view.live.stage.kind === 'phase' && view.live.stage.phase === 'sharing'}
            selected={openId === table.id}
            send={send}
            onOpen={() => setOpenId((current) => (current === table.id ? null : table.id))}
            onHostLink={() => setLinkId(table.id)}
          />
        ))}
      </ul>
      <div id="table-detail">{opened ? <TableDetail view={view} table={opened} content={contentOf(opened.id)} send={send} serverNow={serverNow} /> : null}</div>
      <HostLinkDialog
        table={linked}
        hostLink={linked ? view.hostLinks?.[linked.id] : undefined}
        tableLink={linked ? tableLink(view.joinUrl, view.session.code, linked.number) : ''}
        onClose={() => setLinkId(null)}
      />
    </section>
  );
}
