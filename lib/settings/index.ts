// The settings document: schemas, the institute's default pack, migrations, validation, page profiles.
// Browser storage lives apart in ./storage (the only module here that touches a browser API).
export {
  SETTINGS_VERSION,
  SettingsSchema,
  TemplateSchema,
  TopicSchema,
  LinkSchema,
  PageProfileSchema,
  type Settings,
  type SettingsInput,
  type Link,
  type Topic,
  type Template,
  type PageProfile,
  type PageProfileData,
  type RuleSettings,
  type ServiceHours,
  type Campaign,
} from './schema';
export { defaultSettings, CONTACTS_IT, CONTACTS_EN } from './defaults';
export { PORTAL_LINKS } from './portal-links';
export { parseSettings, parseSettingsText, problemLines, type ParseResult } from './parse';
export { type Problem, formatPath } from './problems';
export { SettingsV1Schema, migrateV1toV2, type SettingsV1 } from './migrations';
export {
  detectPageProfile,
  resolveAnalyzerProfile,
  effectiveRuleSettings,
  getPage,
  listPages,
  pageControls,
  setPageTopic,
  setPageRule,
  setPageRuleSetting,
  setPagePaused,
  isPagePaused,
  holidayDates,
  easterSunday,
  normalizeName,
  HOLIDAY_YEARS,
  assignmentFor,
  assignPage,
  type PageAssignment,
  type PageInfo,
  type PageControls,
} from './profile';
export { linksToVerify, exportSettings } from './extra';
