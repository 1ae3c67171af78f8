import type { Language } from './locales';
import type { Messages } from './messages/en';

// Typed message keys and locales for useTranslations / useLocale.
declare module 'use-intl' {
  interface AppConfig {
    Locale: Language;
    Messages: Messages;
  }
}
