/** Names of official wording in plain English text (page titles, descriptions): our English first, labelled, the official Chinese beside it. */

/** "Drone technology (our translation) [无人机技术]"; without our English, "无人机技术 (not yet translated)". */
export const nameTitleEn = (zh: string, en: string | undefined): string => (en ? `${en} (our translation) [${zh}]` : `${zh} (not yet translated)`);
