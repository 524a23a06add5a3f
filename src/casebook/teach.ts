/**
 * The case as one document for the Word and PowerPoint downloads: the case, its lessons, its
 * teaching notes, profile and citations gathered through the loader.
 */
import { getCase, getLesson, getMechanisms, getProfile, getSources, getTeaching } from './query';
import { caseDocument, type CaseDocument } from '../views/teach';
import { profileView } from '../views/profile';
import { pageCitation } from '../views/citation';
import { citePageGbt7714, citeSourceGbt7714 } from '../domain/citation';
import { CITATION_WORDS } from '../i18n/citation';
import { absoluteUrl, teachPaths, withBase } from '../url/routes';

export async function loadCaseDocument(id: string, site: URL | undefined): Promise<CaseDocument> {
  const entry = (await getCase(id))!;
  const data = entry.data;
  const [lesson, notes, mechanisms, profile, sources] = await Promise.all([
    getLesson(id),
    getTeaching(id),
    getMechanisms(),
    getProfile(id),
    getSources(),
  ]);
  const path = withBase(teachPaths.case(id));
  const url = absoluteUrl(path, site);
  const title = `${data.shortName}：“${data.model.name}”`;
  return caseDocument({
    id,
    data,
    lesson,
    notes,
    profile: profile && profileView(profile),
    mechanismName: (m) => mechanisms.find((x) => x.id === m)?.name ?? m,
    sourceCitation: data.sources
      .map((s) =>
        citeSourceGbt7714(
          sources.find((x) => x.id === s)!,
          CITATION_WORDS,
        ),
      )
      .join(' '),
    pageCitation: citePageGbt7714(pageCitation(title, data.updated, url), CITATION_WORDS),
    address: url ?? path,
  });
}
