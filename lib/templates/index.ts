// Reply templates: rendering with variables and fallbacks, tracked portal links, suggestions for a comment.
export { renderTemplate, templateVariables, unknownVariables, KNOWN_VARIABLES, type KnownVariable, type TemplateVariable } from './render';
export { buildLink } from './links';
export { suggestReplies, firstName, describeHours, type Suggestion, type SuggestInput } from './suggest';
