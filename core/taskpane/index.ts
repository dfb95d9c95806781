/** The wizard's public surface: mount it into a pane with a Host; the pure state for tests and hosts. */
export { mountWizard } from './mount';
export type { WizardHandle, WizardOptions } from './mount';
export {
  STEPS,
  draftFromSettings,
  settingsFromDraft,
  validateStep,
  reachableStep,
  restoreSettings,
  parseCustomWeights,
  parseTypedAmount,
  parseGrowth,
  formatTypedAmount,
} from './wizard-state';
export type { Draft, FieldError, StepId, StepContext, WeightsChoice, LoadedSettings } from './wizard-state';
export { analyseGrid, yearsOf, stepContext, pickSheet, suggestTargetSheet } from './analysis';
export type { Analysis, YearInfo } from './analysis';
export { splitPreview } from './preview';
export type { SplitPreview } from './preview';
export { failureMessage } from './generate';
export { WIZARD_CSS } from './styles';
