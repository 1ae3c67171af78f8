'use client';
import Link from 'next/link';
import { useCallback } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectionBanner } from '@/app/_components/connection-banner';
import { SiteHeader } from '@/app/_components/site-header';
import { StageAnnouncer } from '@/app/_components/stage-announcer';
import { useStageText } from '@/app/_components/use-stage-text';
import { AckError } from '@/app/_components/ack-error';
import { SignOutButton } from '@/app/console/_components/sign-out-button';
import { StorageBanner } from '@/app/console/_components/storage-banner';
import { useConsoleSocket } from '@/app/console/_components/use-console-socket';
import { ControlBar } from './control-bar';
import { DeliverablesPanel } from './deliverables/deliverables-panel';
import { JoinPanel } from './join-panel';
import { LobbyPanel } from './lobby-panel';
import { PlenaryConsole } from './plenary/plenary-console';
import { RotationSection } from './rotation/rotation-section';
import styles from './live-console.module.css';
import { StagePanel } from './stage-panel';
import { TablesBoard } from './tables-board';

/** The organiser's live console for one session. */
export function LiveConsoleView({ sessionId }: { sessionId: string }) {
  const t = useTranslations();
  const stageText = useStageText();
  const auth = useCallback(() => ({ sessionId }), [sessionId]);
  const socket = useConsoleSocket(auth);
  const { status, error, view, deleted, serverNow, send } = socket;
  const text = view ? stageText(view.live.stage, view.session) : '';

  return (
    <>
      <SiteHeader brandHref="/console" actions={<SignOutButton />} />
      <ConnectionBanner status={status} />
      <main id="main" className={`page stack ${styles.page}`}>
        <p>
          <Link href="/console">← {t('console.backToSessions')}</Link>
        </p>
        <StorageBanner />
        {error && error !== 'unauthorised' ? <AckError code={error} /> : null}
        {deleted ? <p className="notice notice-warning">{t('common.deleted')}</p> : null}
        {view && !deleted ? (
          <>
            <div className="spread">
              <h1>{view.session.title}</h1>
              <div className="cluster">
                <Link className="btn" href={`/console/sessions/${sessionId}/kit`}>
                  {t('rotation.kitLink')}
                </Link>
                {view.live.stage.kind === 'lobby' ? (
                  <Link className="btn" href={`/console/sessions/${sessionId}/edit`}>
                    {t('live.editSession')}
                  </Link>
                ) : null}
              </div>
            </div>
            <StageAnnouncer text={text} />
            {/* At the close the deliverables are what the organiser came for: first; before, after the board. */}
            {view.live.stage.kind === 'closed' ? <DeliverablesPanel view={view} /> : null}
            <div className={styles.layout}>
              <div className="stack">
                <StagePanel view={view} stageText={text} serverNow={serverNow} />
                <ControlBar view={view} send={send} serverNow={serverNow} />
              </div>
              <JoinPanel view={view} />
            </div>
            <PlenaryConsole view={view} socket={socket} serverNow={serverNow} />
            {/* The tables first: what the organiser watches all along; the people's list (foldable) after. */}
            <TablesBoard view={view} socket={socket} serverNow={serverNow} />
            <RotationSection view={view} socket={socket} />
            <LobbyPanel view={view} socket={socket} />
            {view.live.stage.kind !== 'closed' ? <DeliverablesPanel view={view} /> : null}
          </>
        ) : !error && !deleted ? (
          <p className="muted">{t('common.loading')}</p>
        ) : null}
      </main>
    </>
  );
}
