/**
 * The open data files (/data/cases.json, metrics.csv, mechanisms.csv, schema.json), written at
 * build time from the checked collections. What each file holds is defined in src/exports/open-data.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCasebook } from '../../casebook/query';
import { DATA_FILES, dataFileTexts, type DataFile } from '../../exports/open-data';

export const getStaticPaths = (() =>
  (Object.keys(DATA_FILES) as DataFile[]).map((key) => ({
    params: { file: DATA_FILES[key].name },
    props: { key },
  }))) satisfies GetStaticPaths;

interface Props {
  key: DataFile;
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(dataFileTexts(await loadCasebook())[props.key], {
    headers: { 'Content-Type': `${DATA_FILES[props.key].type}; charset=utf-8` },
  });
