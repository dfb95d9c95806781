/**
 * The registry as a HyperFormula function plugin (test helper): every entry becomes SALES.<NAME>,
 * arguments reach core/functions' evaluate unchanged (ranges as 2-D arrays), array results spill
 * and FnError values become HyperFormula CellErrors with the same message.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import {
  evaluate,
  isFnError,
  REGISTRY,
  type FnErrorType,
  type FnValue,
  type FunctionDef,
} from '../../../core/functions';
import type { Lang } from '../../../core/i18n';

/** The user's language, as Excel's shared runtime reads it from Office.context.displayLanguage. */
let uiLang: Lang = 'en';

/**
 * Sets the language of error messages for the calls that follow (test helper).
 * @example setPluginLang('zh-CN')
 */
export function setPluginLang(lang: Lang): void {
  uiLang = lang;
}

const ERRORS: Record<FnErrorType, ErrorType> = {
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#N/A': ErrorType.NA,
};

interface CallAst {
  args: unknown[];
}

function toHost(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toHost));
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return { error: '#VALUE!', message: v.message ?? v.type };
  return v;
}

function fromValue(v: FnValue): unknown {
  return isFnError(v) ? new CellError(ERRORS[v.error], v.message) : v;
}

/** Predicted spill size of a call from its arguments' sizes (HyperFormula needs it before evaluating). */
function resultSize(def: FunctionDef, sizes: ArraySize[], evaluated: () => ArraySize): ArraySize {
  const cellsOf = (s: ArraySize | undefined) => (s ? s.width * s.height : 1);
  switch (def.result) {
    case 'scalar':
      return ArraySize.scalar();
    case 'row':
      return def.name === 'PVM' ? new ArraySize(5, 1) : new ArraySize(sizes[1]?.width ?? 1, 1);
    case 'matrix':
      // CASCADE's matrix follows its weights; the whole-table spills are sized by evaluating them
      return def.name === 'CASCADE' ? new ArraySize(cellsOf(sizes[2]), cellsOf(sizes[1])) : evaluated();
    case 'same-shape': {
      if (def.kind === 'whole') {
        // the shape of the block the result mirrors: SPLIT's weights, SHARE's values …
        const i = def.params.findIndex((p) => p.type === 'range');
        return new ArraySize(sizes[i]?.width ?? 1, sizes[i]?.height ?? 1);
      }
      let w = 1;
      let h = 1;
      def.params.forEach((p, i) => {
        if (p.spread && sizes[i]) {
          w = Math.max(w, sizes[i].width);
          h = Math.max(h, sizes[i].height);
        }
      });
      return new ArraySize(w, h);
    }
  }
}

export class SalesPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    REGISTRY.map((def) => [
      `SALES.${def.name}`,
      {
        method: `call_${def.name}`,
        sizeOfResultArrayMethod: `size_${def.name}`,
        vectorizationForbidden: true,
        parameters: def.params.map((p) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: p.optional === true,
        })),
      },
    ]),
  );
}

// one method pair per registry entry, generated like the hosts' wrappers
for (const def of REGISTRY) {
  const proto = SalesPlugin.prototype as unknown as Record<string, unknown>;
  proto[`call_${def.name}`] = function (this: SalesPlugin, ast: CallAst, state: unknown) {
    const self = this as unknown as {
      runFunction(args: unknown, state: unknown, meta: unknown, impl: (...a: unknown[]) => unknown): unknown;
      metadata(name: string): unknown;
    };
    return self.runFunction(ast.args, state, self.metadata(`SALES.${def.name}`), (...raw: unknown[]) => {
      const result = evaluate(def.name, raw.map(toHost), { lang: uiLang });
      if (Array.isArray(result))
        return SimpleRangeValue.onlyValues(result.map((row) => row.map(fromValue)) as never);
      return fromValue(result);
    });
  };
  proto[`size_${def.name}`] = function (this: SalesPlugin, ast: CallAst, state: unknown) {
    const self = this as unknown as {
      arraySizeForAst(a: unknown, s: unknown): ArraySize;
      evaluateAst(a: unknown, s: unknown): unknown;
    };
    // A spill whose height depends on the data (a breakdown's segments): HyperFormula fixes the
    // size before it evaluates, so the call is evaluated here once (the table cache makes the
    // real evaluation that follows a cache hit).
    const evaluated = (): ArraySize => {
      const result = evaluate(
        def.name,
        ast.args.map((a) => toHost(self.evaluateAst(a, state))),
        { lang: uiLang },
      );
      return Array.isArray(result)
        ? new ArraySize(result[0]?.length ?? 1, result.length)
        : ArraySize.scalar();
    };
    return resultSize(
      def,
      ast.args.map((a) => self.arraySizeForAst(a, state)),
      evaluated,
    );
  };
}

/** Function names for HyperFormula's default language (custom functions need a translation entry). */
export const SALES_TRANSLATIONS = {
  enGB: Object.fromEntries(REGISTRY.map((d) => [`SALES.${d.name}`, `SALES.${d.name}`])),
};
