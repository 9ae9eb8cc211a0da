import type { Locale } from "@/lib/i18n/locales";

// Locales are checked by TypeScript. Message keys are not typed (some are built from data ids, such
// as zone and source kinds); tests/unit/message-parity.test.ts checks every locale has every key.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
