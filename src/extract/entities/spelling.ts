// Spelling keys of transliterated name words: the romanisations of one name share a key (Zelensky / Zelenskyy /
// Zelenskiy, Gaddafi / Qaddafi). Used inside a document (a surname written another way than the full name) and
// across documents (reconcile/entity-names.ts).
import { fold } from '../../core/text.js';

/** The spelling key of one word of a transliterated name: the alternations that romanisations of one name show
 *  are folded away — q/g and dh/d/kh/k (Qaddafi / Gaddafi / Gadhafi), x/ks (Alexei / Aleksei), doubled letters,
 *  o/u (Jong / Jung), and the endings -y, -yy, -iy, -i, -ei, -ey of a word of five letters or more (Zelensky /
 *  Zelenskyy / Zelenskiy, Sergei / Sergey). */
export function spellingKey(word: string): string {
  let x = fold(word).toLowerCase().replace(/[^a-z]/g, '');
  x = x.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/q/g, 'g').replace(/([dkg])h/g, '$1').replace(/ck/g, 'k');
  x = x.replace(/(.)\1+/g, '$1').replace(/o/g, 'u');
  if (x.length >= 5) x = x.replace(/(?:iy|yi|ei|ey|ij|y|i)$/, 'i');
  return x;
}

