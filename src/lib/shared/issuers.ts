/** The issuing bodies of both regimes' instruments by their usual English names (facts, not official wording). */

/** Usual English names of the issuing bodies (facts); a body not listed is named in Chinese (see instrumentNameEn). */
export const ISSUER_EN: Record<string, string> = {
  商务部: 'MOFCOM',
  海关总署: 'GAC',
  科技部: 'MOST',
  工业和信息化部: 'MIIT',
  国家密码局: 'State Cryptography Administration',
  中央军委装备发展部: 'CMC Equipment Development Department',
  国家国防科工委: 'COSTIND',
  国家国防科工局: 'SASTIND',
};
