'use client';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { WishWords } from '@/lib/ui/seating-wishes';

/** A wish in words ("Keep Ana and Ben apart in round 3"), or, `unmet`, what the plan could not do. */
export function useWishText(): (words: WishWords, unmet?: boolean) => string {
  const t = useTranslations('wishes');
  const title = useTableTitle();
  return ({ kind, a, b, table, round }, unmet = false) => {
    const values = { a, b, round, table: table ? title(table) : '?' };
    switch (kind) {
      case 'apart':
        return unmet ? t('unmetApart', values) : t('apart', values);
      case 'together':
        return unmet ? t('unmetTogether', values) : t('together', values);
      case 'stay':
        return unmet ? t('unmetStay', values) : t('stay', values);
    }
  };
}
