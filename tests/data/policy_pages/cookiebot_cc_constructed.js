var CookieConsentDialog = CookieConsentDialog || {};
CookieConsentDialog.cookieTableNecessary = [["session","replystack.example","Maintient votre session de connexion et la sécurité","Session","HTTP Cookie",1],["XSRF-TOKEN","replystack.example","Protège contre les attaques de falsification de requêtes intersites","Session","HTTP Cookie",1]];
CookieConsentDialog.cookieTablePreference = [["locale","replystack.example","Mémorise votre préférence de langue","1 an","HTTP Cookie",1],["theme","replystack.example","Mémorise votre préférence de thème d'affichage","1 an","HTTP Cookie",1]];
CookieConsentDialog.cookieTableStatistics = [];
CookieConsentDialog.cookieTableAdvertising = [];
CookieConsentDialog.cookieTableUnclassified = [["remember_token","replystack.example","","30 jours","HTTP Cookie",1]];
