'use client';
import { useTranslations } from 'use-intl';
import type { TableSummary } from '@/lib/realtime/contract';
import { isDefaultTableName } from '@/lib/ui/table-status';

/** "Table 3 — Green" (a default name says nothing more), or "Table 3 — Kitchen (Green)". */
export function useTableTitle(): (table: Pick<TableSummary, 'number' | 'name' | 'colour'>) => string {
  const t = useTranslations();
  return ({ number, name, colour }) => {
    const colourName = t(`colours.${colour}`);
    return isDefaultTableName(name, number) ? t('seat.tableLabel', { number, name: colourName }) : t('seat.tableNamed', { number, name, colour: colourName });
  };
}
