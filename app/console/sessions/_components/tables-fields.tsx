'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { TableSwatch } from '@/app/_components/table-swatch';
import { LIMITS, TABLE_COLOURS } from '@/lib/realtime/contract';
import { resizeTables, type TableForm } from '@/lib/ui/session-form';
import type { SectionProps } from './builder-types';
import { DraftField, ListProblem } from './draft-field';
import styles from './builder.module.css';

export function TablesFields({ form, update, problems }: SectionProps) {
  const t = useTranslations();
  const [countText, setCountText] = useState(String(form.tables.length));
  // Tables removed by lowering the count come back as they were when it is raised again.
  const memory = useRef<TableForm[]>(form.tables);

  const setCount = (text: string) => {
    setCountText(text);
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > LIMITS.tablesMax) return;
    update((f) => {
      const remembered = memory.current.length > f.tables.length ? [...f.tables, ...memory.current.slice(f.tables.length)] : f.tables;
      const tables = resizeTables(remembered, n);
      memory.current = remembered.length > tables.length ? remembered : tables;
      return { ...f, tables };
    });
  };
  const setTable = (index: number, change: Partial<TableForm>) =>
    update((f) => ({ ...f, tables: f.tables.map((tb, i) => (i === index ? { ...tb, ...change } : tb)) }));

  return (
    <fieldset className="stack">
      <legend>{t('builder.tables')}</legend>
      <ListProblem fieldKey="tables" problem={problems.tables} />
      <div className={styles.count}>
        <DraftField fieldKey="tableCount" label={t('builder.tableCount')} problem={undefined}>
          {(wiring) => (
            <input
              {...wiring}
              className="input"
              type="number"
              min={1}
              max={LIMITS.tablesMax}
              inputMode="numeric"
              value={countText}
              onChange={(e) => setCount(e.target.value)}
              onBlur={() => setCountText(String(form.tables.length))}
            />
          )}
        </DraftField>
      </div>
      <ol className={`plain-list ${styles.tables}`}>
        {form.tables.map((table, index) => {
          const n = index + 1;
          return (
            <li key={table.key} className={styles.tableRow}>
              <span className={styles.tableNumber} aria-hidden="true">
                {n}
              </span>
              <DraftField
                fieldKey={`tables.${index}.name`}
                label={t('builder.tableName', { n })}
                labelClassName="visually-hidden"
                problem={problems[`tables.${index}.name`]}
              >
                {(wiring) => (
                  <input
                    {...wiring}
                    className="input"
                    value={table.name}
                    maxLength={LIMITS.tableNameMax}
                    onChange={(e) => setTable(index, { name: e.target.value })}
                  />
                )}
              </DraftField>
              <div className={styles.colour}>
                <TableSwatch colour={table.colour} />
                <DraftField
                  fieldKey={`tables.${index}.colour`}
                  label={t('builder.tableColour', { n })}
                  labelClassName="visually-hidden"
                  problem={problems[`tables.${index}.colour`]}
                >
                  {(wiring) => (
                    <select
                      {...wiring}
                      className="select"
                      value={table.colour}
                      onChange={(e) => {
                        const colour = TABLE_COLOURS.find((c) => c === e.target.value);
                        if (colour) setTable(index, { colour });
                      }}
                    >
                      {TABLE_COLOURS.map((c) => (
                        <option key={c} value={c}>
                          {t(`colours.${c}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </DraftField>
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
