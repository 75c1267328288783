/**
 * SVGO on the tidied SVG: Mermaid writes coordinates with 15 digits; a tenth of a pixel is plenty. Settings that
 * would break the diagram are off: ids (aria-labelledby and the arrow markers refer to them), merging paths (each
 * edge keeps its own arrowhead), styles (there are none left; the site's stylesheet styles the classes).
 */
import { optimize, type Config } from 'svgo';

const SVGO_CONFIG: Config = {
  multipass: true,
  floatPrecision: 1,
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          cleanupIds: false,
          removeDesc: false,
          mergePaths: false,
          convertShapeToPath: false,
          inlineStyles: false,
          // Its table of known attributes predates SVG 2 and would drop the steps' `href`.
          removeUnknownsAndDefaults: { unknownAttrs: false, keepRoleAttr: true, keepAriaAttrs: true, keepDataAttrs: true },
        },
      },
    },
    'removeXMLNS',
  ],
};

export function optimizeSvg(svg: string): string {
  return optimize(svg, SVGO_CONFIG).data;
}
