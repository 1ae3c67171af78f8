'use client';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';

/** The join QR as inline SVG (drawn here: the venue may have no internet), with the URL as its name. */
export function JoinQr({
  url,
  className,
  label,
}: {
  url: string;
  className?: string;
  /** Another name than "QR code to join" (e.g. a host link). */ label?: string;
}) {
  const t = useTranslations('join');
  const [svg, setSvg] = useState<{ url: string; markup: string } | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
      .then((markup) => {
        if (current) setSvg({ url, markup });
      })
      .catch(() => {
        // The URL is always printed next to the code: a missing QR is not fatal.
      });
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <div
      role="img"
      aria-label={label ?? t('qrLabel', { url })}
      className={`qr ${className ?? ''}`}
      // Markup produced by the qrcode library from our own URL, never from user input as HTML.
      dangerouslySetInnerHTML={svg?.url === url ? { __html: svg.markup } : undefined}
    />
  );
}
