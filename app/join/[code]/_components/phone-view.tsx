'use client';
import { useCallback, useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectionBanner } from '@/app/_components/connection-banner';
import { JoinCodeForm } from '@/app/_components/join-code-form';
import { SiteHeader } from '@/app/_components/site-header';
import { useSessionLanguage } from '@/lib/i18n/i18n-provider';
import { useSessionSocket } from '@/lib/realtime/use-session-socket';
import { GuestJoinForm } from './guest-join-form';
import { ParticipantScreen } from './participant-screen';
import { deviceId, forgetParticipantToken, readParticipantToken } from './participant-token';
import { MoveQuestion } from './move-question';
import { SeatFailureNotice } from './seat-failure-notice';
import { useTableSeat, type TableLink } from './use-table-seat';

/** The phone: join with a name, then follow the session's stages. From a table's own link, sit at that table. */
export function PhoneView({ code, tableLink }: { code: string; tableLink?: TableLink }) {
  const t = useTranslations();
  // Read at every (re)connect: the token stored after joining is used by the next reconnect.
  const auth = useCallback(() => {
    const participantToken = readParticipantToken(code);
    return participantToken ? { joinCode: code, participantToken } : { joinCode: code, deviceId: deviceId() };
  }, [code]);
  const { status, error, view, deleted, removed, serverNow, send, reconnect } = useSessionSocket(auth);
  useSessionLanguage(view?.session.language);
  const { failure: seatFailure, question, answer } = useTableSeat(tableLink, view, status, send);
  useEffect(() => {
    // A token the server does not know: forget it and come back as a guest who can join again.
    if (error === 'unauthorised' && readParticipantToken(code)) {
      forgetParticipantToken(code);
      reconnect();
    }
  }, [error, code, reconnect]);
  useEffect(() => {
    // Removed by the organiser: this token is dead; the phone comes back as a guest (the server closes the socket).
    if (removed) forgetParticipantToken(code);
  }, [removed, code]);

  let content;
  if (error === 'not-found') {
    content = (
      <div className="stack">
        <h1>{t('join.notFound')}</h1>
        <div className="card stack-sm">
          <h2>{t('join.tryAnother')}</h2>
          <JoinCodeForm />
        </div>
      </div>
    );
  } else if (deleted) {
    content = <h1>{t('common.deleted')}</h1>;
  } else if (!view) {
    content = error ? (
      <p className="notice notice-error" role="alert">
        {t(`errors.${error}`)}
      </p>
    ) : (
      <p className="muted">{t('common.loading')}</p>
    );
  } else if (view.role === 'participant' && view.me) {
    content = (
      <>
        {/* A refused check-in at the wrong table stops mattering once the person has arrived at theirs. */}
        {seatFailure && !(seatFailure.code === 'wrong-table' && view.arrival?.checkedIn !== false) ? <SeatFailureNotice failure={seatFailure} /> : null}
        {question ? <MoveQuestion question={question} view={view} onAnswer={answer} /> : null}
        <ParticipantScreen view={view} me={view.me} send={send} status={status} serverNow={serverNow} />
      </>
    );
  } else {
    content = <GuestJoinForm code={code} view={view} send={send} removed={removed} />;
  }

  return (
    <>
      <SiteHeader />
      <ConnectionBanner status={status} />
      <main id="main" className="page page-narrow stack">
        {content}
      </main>
    </>
  );
}
