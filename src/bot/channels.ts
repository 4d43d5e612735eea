/** Channel id of the self-hosted web chat (activities come from src/host/webchat). */
export const WEBCHAT_CHANNEL_ID = 'webchat';
