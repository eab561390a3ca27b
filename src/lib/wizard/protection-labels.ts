/** Labels of the DPO's fields that other messages name (the checklist of « Votre dossier »). */

/** The question of the field `apiAccess`. */
export const API_ACCESS_QUESTION = 'Comment le centre appellera-t-il l’API ?';
