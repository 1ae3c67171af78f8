'use client';
import { useCallback } from 'react';
import { useTranslations } from 'use-intl';
import { StageAnnouncer } from '@/app/_components/stage-announcer';
import { useStageText } from '@/app/_components/use-stage-text';
import { useSessionLanguage } from '@/lib/i18n/i18n-provider';
import { useSessionSocket } from '@/lib/realtime/use-session-socket';
import { ProjectorJoin } from './projector-join';
import { ProjectorStage } from './projector-stage';
import { ProjectorSynthesis } from './projector-synthesis';
import styles from './projector.module.css';

/** The projector: read-only, legible from the back of the room, fills the screen without scrolling. */
export function ProjectorView({ screenKey }: { screenKey: string }) {
  const t = useTranslations();
  const stageText = useStageText();
  const auth = useCallback(() => ({ screenKey }), [screenKey]);
  const { status, error, view, deleted, serverNow } = useSessionSocket(auth);
  useSessionLanguage(view?.session.language);

  if (!view || deleted) {
    const message = deleted ? t('common.deleted') : error === 'not-found' ? t('screen.notFound') : error ? t(`errors.${error}`) : t('common.loading');
    return (
      <main className={`${styles.screen} ${styles.message}`}>
        <h1 className={styles.bigMessage}>{message}</h1>
      </main>
    );
  }

  const lobby = view.live.stage.kind === 'lobby';
  // At the close the join code gives way to the synthesis, as large as the join code in the lobby.
  const synthesisUrl = view.live.stage.kind === 'closed' ? view.synthesisUrl : undefined;
  const text = stageText(view.live.stage, view.session);
  return (
    <main className={`${styles.screen} ${lobby || synthesisUrl ? styles.lobby : ''}`}>
      <StageAnnouncer text={text} />
      <header className={styles.top}>
        <h1 className={styles.title}>{view.session.title}</h1>
        <p className={styles.count}>
          {status !== 'connected' ? <span className={styles.offline}>{t(`common.connection.${status}`)} · </span> : null}
          {t('common.participants', { count: view.participantCount })}
        </p>
      </header>
      <div className={styles.centre} data-testid="projector-centre">
        <ProjectorStage view={view} stageText={text} serverNow={serverNow} />
      </div>
      {synthesisUrl ? <ProjectorSynthesis url={synthesisUrl} /> : <ProjectorJoin view={view} large={lobby} />}
    </main>
  );
}
