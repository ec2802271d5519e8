/**
 * German, French, Spanish and Portuguese items read in English: a small vocabulary of the words checklists use for the
 * catalogue's promises ("Keine `.env`-Dateien im Repository" reads "no .env files in the repository", "Redirection HTTP
 * vers HTTPS" "redirect http to https", "Límites de memoria en todos los contenedores" "memory limits on all containers").
 * The English reading then goes through every English rule and veto: negations, deferrals, other environments, knowledge
 * ("dokumentiert" reads "documented", "überwacht" "monitored", "plus tard" "later"), so a reading in English binds no
 * more than the English twin of the item would. The matcher reads it only when the item as written binds nothing.
 */

/** A word boundary that knows accented letters (`\b` does not). */
const B = String.raw`(?<![\p{L}\p{N}_./-])`;
// Or the phrase ends in an apostrophe or a space ("pas d'", "il n'y a pas de ").
const E = String.raw`(?:(?<=['\s])|(?![\p{L}\p{N}_/]))`;

/**
 * Foreign words and phrases and their English reading, tried in order (phrases before the words they hold). Each
 * left side is a regular expression over the lower-cased, markup-free item text, matched as whole words.
 */
const VOCABULARY: readonly (readonly [string, string])[] = [
  // Deferrals and conditions that English rules read as such.
  [String.raw`nicht vor (?:dem|der) (?:launch|go-?live|release|livegang)`, 'after launch'],
  [String.raw`pas avant (?:le|la) (?:lancement|mise en production|release)`, 'after launch'],
  [String.raw`no antes del? (?:lanzamiento|go-?live|release)`, 'after launch'],
  [String.raw`não antes do (?:lançamento|go-?live|release)`, 'after launch'],
  [String.raw`noch nicht|pas encore|todavía no|todavia no|aún no|aun no|ainda não|ainda nao`, 'not yet'],
  // Images that do not use the `latest` tag (before the negations: the words around them say which tag).
  [String.raw`(?:verwenden|nutzen) (?:nicht|kein(?:en)?) (?:das )?(?:tag )?latest(?:-tag| tag)?|n'utilisent pas (?:le )?(?:tag|l'étiquette|l'etiquette) latest|no usan (?:la )?(?:etiqueta|tag) latest|(?:não|nao) usam (?:a )?tag latest`, "don't use the latest tag"],
  // The tag named after its word, as these languages order them: "la etiqueta `latest`", "le tag `latest`", "a tag `latest`",
  // "das `latest`-Tag" ("No usar la etiqueta `latest` en las imágenes" reads "no use the latest tag in the images").
  [String.raw`(?:(?:la|el|le|l'|a|o) )?(?:etiqueta|étiquette|etiquette|tag) latest|(?:das |den )?latest-tag`, 'the latest tag'],
  [String.raw`ne pas`, 'do not'],
  [String.raw`usar|utilizar|utiliser|verwenden|nutzen`, 'use'],
  // Permissions refused and origins restricted (CORS): "CORS n'autorise pas toutes les origines", "CORS no permite todos los
  // orígenes", "CORS limité à nos domaines", "CORS restringido a nuestros dominios", "CORS restrito aos nossos domínios".
  [String.raw`n'autorisen?t? pas|no permiten?|(?:não|nao) permitem?|erlaubt nicht`, "doesn't allow"],
  [String.raw`autorisen?t?|permiten?|permitem`, 'allows'],
  // "CORS não permite qualquer origem", "CORS no permite cualquier origen", "n'importe quelle origine", "beliebige Origins".
  [String.raw`qualquer|cualquier(?:a)?|n'importe (?:quelle|quel)|beliebige[nmrs]?`, 'any'],
  [String.raw`(?:limitée?s?|restreinte?s?) (?:à|aux)|(?:limitad[oa]s?|restringid[oa]s?|restrit[oa]s?) (?:a|a los|a las|aos|às|as)|(?:beschränkt|eingeschränkt|begrenzt) auf`, 'restricted to'],
  [String.raw`limitée?s?|restreinte?s?|limitad[oa]s?|restringid[oa]s?|restrit[oa]s?|beschränkt|eingeschränkt|begrenzt`, 'restricted'],
  [String.raw`nos|nuestr[oa]s|noss[oa]s|unsere[nmrs]?`, 'our'],
  [String.raw`domaines|dominios|domínios`, 'domains'],
  [String.raw`domaine|dominio|domínio`, 'domain'],
  // (German says "Ursprünge" or "Herkünfte" as often as "Origins": "CORS erlaubt nicht alle Ursprünge"; and "Domänen".)
  [String.raw`origines|orígenes|origenes|origens|ursprünge|urspruenge|herkünfte|herkuenfte`, 'origins'],
  [String.raw`origine|origen|origem|ursprung|herkunft`, 'origin'],
  [String.raw`domänen|domaenen`, 'domains'],
  // "Redis nicht aus dem Internet erreichbar" (in English word order).
  [String.raw`nicht (?:aus dem|vom|von außen aus dem) internet erreichbar`, 'not reachable from the internet'],
  // What a header gives away, refused: "Server-Header verrät keine Versionsnummer", "L'en-tête Server ne révèle pas la version",
  // "El encabezado Server no revela la versión", "O cabeçalho Server não revela a versão".
  [String.raw`verrät kein(?:e|en)?|verraet kein(?:e|en)?|ne révèle pas(?: (?:la|le|les|l'))?|ne revele pas(?: (?:la|le|les|l'))?|no revela(?: (?:la|el|los|las))?|(?:não|nao) revela(?: (?:a|o|os|as))?`, 'does not reveal the '],
  // Negations.
  [String.raw`es gibt keine?n?|il n'y a (?:pas|aucune?) (?:de |d')?|no hay|não há|nao ha`, 'no'],
  [String.raw`^(?:kein(?:e|en|em|er|es)?|aucune?|ningún|ninguna|ningun[oa]?|nenhum(?:a)?|sin|sem|sans|ohne|pas de|pas d')`, 'no'],
  [String.raw`kein(?:e|en|em|er|es)?|aucune?|ningún|ninguna|ningun[oa]?|nenhum(?:a)?|pas de|pas d'`, 'no'],
  [String.raw`ohne|sans|sin|sem`, 'without'],
  [String.raw`n'(?:est|sont) pas`, 'is not'],
  [String.raw`ne (?:sont|est) pas`, 'is not'],
  [String.raw`n'est jamais|ne sont jamais`, 'is never'],
  [String.raw`no (?:está|están|esta|estan|es|son)`, 'is not'],
  [String.raw`não (?:está|estão|esta|estao|é|são)`, 'is not'],
  [String.raw`nicht|não|nao`, 'not'],
  // A negated participle: French "non versionnés", "non exposée", "non défini", "pas exposée", "non interdit"; Spanish "no
  // versionados", "no definidos", "no prohibido" (not "non-root", nor a "no" before a noun, which stays "no").
  [String.raw`(?:non|pas) (?=\p{L}+(?:é|ée|és|ées)(?![\p{L}\p{N}_])|(?:définie?s?|definie?s?|requise?s?|interdite?s?)(?![\p{L}\p{N}_]))|no (?=(?:definid|declarad|establecid|configurad|activad|habilitad|usad|utilizad|implementad|aplicad|fijad|versionad|commitead|subid|incluid|guardad|publicad|prohibid)[oa]s?(?![\p{L}\p{N}_]))`, 'not '],
  [String.raw`niemals|nie|jamais|nunca|jamás`, 'never'],
  [String.raw`ni`, 'or'],
  [String.raw`renouvellement(?: automatique)?|renouvelée?s? automatiquement|(?:automatische )?erneuerung|automatisch erneuert|renovación(?: automática)?|renovacion(?: automatica)?|renovad[oa]s? automáticamente|renovação(?: automática)?|renovacao(?: automatica)?|renovad[oa]s? automaticamente`, 'auto-renewed'],
  // What the items are about.
  // The configuration, where a promise keeps something out: "Sem senhas padrão na configuração", "… nos arquivos de
  // configuração", "Keine Standardpasswörter in Konfigurationsdateien" (before the files they name).
  [String.raw`(?:fichiers?|archivos?|ficheros?|arquivos?) de (?:configuration|configuración|configuracion|configuração|configuracao)|konfigurations-?dateien|konfigurations-?datei|config-dateien`, 'configuration files'],
  [String.raw`configurações|configuracoes|configuraciones|konfigurationen`, 'configurations'],
  [String.raw`configuração|configuracao|configuración|configuracion|konfiguration`, 'configuration'],
  [String.raw`(?:-| )?(?:dateien|datei)|fichiers?|archivos?|ficheros?|arquivos?`, ' files'],
  [String.raw`im (?:git-?)?(?:repository|repo)|dans le (?:dépôt|depot|repository|repo)|en el (?:repositorio|repo)|no (?:repositório|repositorio|repo)`, 'in the repository'],
  [String.raw`im (?:quell)?code|dans le code(?: source)?|en el código(?: fuente)?|en el codigo|no código(?:[ -]fonte)?|no codigo(?:[ -]fonte)?`, 'in the code'],
  [String.raw`versionnée?s?|versioniert|eingecheckt|committ?ed|commités?|commit(?:e|t)?ad[oa]s?|comitad[oa]s?|versionad[oa]s?`, 'committed'],
  // Image tags that do not move: "Imagens com tag fixa", "Imágenes con tags fijos", "Images avec tags fixes", "feste Image-Tags".
  [String.raw`tags? fix[oa]s?|tags? fij[oa]s?|(?:tags?|étiquettes?|etiquettes?) fixes?|etiquetas? fijas?|feste[nr]? (?:image-)?tags?`, 'pinned tags'],
  // "Imágenes con versión fija", "Images avec version fixe", "Imagens com versão fixa", "Images mit fester Version".
  [String.raw`versi(?:ón|on)(?:es)? fij[oa]s?|versions? fixes?|vers(?:ão|ao|ões|oes) fix[oa]s?|feste[nr]? versions?(?:en)?`, 'fixed version'],
  // In plain text, after the secret: "Aucun secret en clair dans le dépôt", "Keine Passwörter im Klartext im Repository",
  // "Ningún secreto en texto plano en el repositorio", "Nenhum segredo em texto claro no repositório".
  [String.raw`en clair|im klartext|in klartext|en texto (?:plano|claro)|em texto (?:plano|claro|puro)`, 'in plaintext'],
  [String.raw`en dur|fest ?codiert|hartcodiert|hardcodiert|codificad[oa]s? (?:de forma fija|en duro)|en duro|fixos?`, 'hard-coded'],
  // Default passwords: German writes them as one word ("Standardpasswörter", "Standard-Kennwort"), the others after the noun
  // ("mots de passe par défaut", "contraseñas por defecto", "senhas padrão"), put before it below.
  [String.raw`(?:standard|default|voreingestellte?n?)-?(?:passwörter|passwort|kennwörter|kennwort)`, 'default passwords'],
  [String.raw`(?:standard|default)-?(?:zugangsdaten|anmeldedaten)`, 'default credentials'],
  // Examples and templates, which default-credentials' English vetoes read ("Keine Standardpasswörter in Beispielen").
  [String.raw`beispiele?n?|beispieldateien|exemples?|ejemplos?|exemplos?`, 'examples'],
  [String.raw`vorlagen?|plantillas?`, 'templates'],
  [String.raw`(?:beim |bei der )?(?:ersten|erster) (?:login|anmeldung|anmelden)|(?:à la |a la |lors de la )?première connexion|(?:en el |al )?primer (?:inicio de sesión|inicio de sesion|login|acceso)|(?:no |ao )?primeiro (?:login|acesso)`, 'first login'],
  [String.raw`ändern|aendern|alterar|cambiar|modifier|modificar|trocar`, 'change'],
  [String.raw`geändert|geaendert|alterad[oa]s?|cambiad[oa]s?|modifiée?s?|modificad[oa]s?|trocad[oa]s?`, 'changed'],
  [String.raw`ersetzen|remplacer|reemplazar|substituir`, 'replace'],
  [String.raw`ersetzt|remplacée?s?|reemplazad[oa]s?|substituíd[oa]s?|substituid[oa]s?`, 'replaced'],
  [String.raw`par défaut|par defaut|por defecto|predeterminad[oa]s?|por padrão|por padrao|padrão|padrao|padrões|padroes`, 'default'],
  [String.raw`passwörter|passwort|kennwörter|kennwort|mots de passe|mot de passe|contraseñas?|senhas?`, 'passwords'],
  [String.raw`api-schlüssel|api-schluessel|clés d'api|clés api|claves de api|claves api|chaves de api|chaves api`, 'api keys'],
  [String.raw`geheimnisse|secretos|segredos`, 'secrets'],
  [String.raw`geheimnis|secreto|segredo`, 'secret'],
  [String.raw`zugangsdaten|identifiants|credenciales|credenciais`, 'credentials'],
  [String.raw`(?:wird|werden) (?:von )?http auf https (?:um|weiter)geleitet`, 'http is redirected to https'],
  // Sentence forms: "Alle HTTP-Anfragen werden auf HTTPS umgeleitet", "Todas las peticiones HTTP se redirigen a HTTPS".
  [String.raw`http-anfragen`, 'http requests'],
  [String.raw`(?:wird|werden) auf https (?:um|weiter)geleitet`, 'are redirected to https'],
  [String.raw`anfragen|requêtes|requetes|peticiones|solicitudes|requisições|requisicoes|pedidos`, 'requests'],
  [String.raw`se redirigen|se redireccionan`, 'are redirected'],
  [String.raw`se redirige|se redirecciona`, 'is redirected'],
  // "Alle Container haben ein Speicherlimit", "Chaque conteneur a une limite de mémoire", "Cada contêiner tem um limite de memória".
  [String.raw`(?:haben|hat|a|ont|tiene|tienen|tem|têm) (?:ein(?:e|en)? |une |un |uma |um )?(?:speicher-?limit|arbeitsspeicher-?limit|limite de mémoire|limite de memoire|límite de memoria|limite de memoria|limite de memória)`, 'have a memory limit'],
  [String.raw`chaque|cada|jede[rsn]?`, 'every'],
  [String.raw`todos os|todas as|todos los|todas las|tous les|toutes les`, 'all'],
  // "Redis nicht aus dem Internet erreichbar", "Puerto … no expuesto a internet".
  [String.raw`no (?:expuest[oa]s?|accesibles?)`, 'not exposed'],
  [String.raw`servicios|serviços|servicos|(?:compose-)?dienste[n]?`, 'services'],
  [String.raw`(?:tls|ssl)-zertifikat`, 'tls certificate'],
  // Session cookies and their attributes: "Cookies de sesión con `Secure` y `HttpOnly`", "Cookies de session marqués `Secure` et
  // `HttpOnly`", "Cookies de sessão com Secure e HttpOnly", "Sitzungs-Cookies mit Secure und HttpOnly".
  [String.raw`cookies? de (?:sesión|sesion|session|sessão|sessao)|sitzungs-?cookies?|session-cookies?`, 'session cookies'],
  [String.raw`marquée?s?(?: comme)?|marcad[oa]s?(?: como)?|markiert(?: als)?`, 'marked'],
  [String.raw`attributs|atributos|attribute`, 'attributes'],
  // The server and what it gives away: "Serveur de production (gunicorn), pas le serveur de développement Flask", "Server-Header
  // verrät keine Versionsnummer", "El encabezado Server no revela la versión".
  [String.raw`serveur de (?:production|prod)|servidor de (?:producción|produccion|produção|producao)|produktions-?server`, 'production server'],
  [String.raw`serveur de (?:développement|developpement|dev)|servidor de (?:desarrollo|desenvolvimento|dev)|entwicklungs-?server`, 'development server'],
  [String.raw`pas (?:le|la|les|l')`, 'not the'],
  [String.raw`server-header`, 'server header'],
  [String.raw`verrät|verraet|révèle|revele|revela`, 'reveals'],
  [String.raw`versionsnummer(?:n)?|numéro de version|numero de version|número de versión|numero de version|número de versão|numero de versao`, 'version number'],
  [String.raw`dienst`, 'service'],
  // The health endpoint: "Health-Endpoint antwortet mit 200", "Endpoint de salud responde 200", "Point de terminaison de santé
  // répond 200", "Endpoint de saúde retorna 200".
  [String.raw`health-?(?:check-?)?endpoints?|healthcheck-endpoints?|gesundheits-?endpunkte?|endpunkt (?:für|fuer) (?:den )?health-?checks?|(?:endpoints?|points? de terminaison|rutas?|routes?|rotas?) (?:de )?(?:salud|santé|sante|saúde|saude|health(?:check)?)`, 'health endpoint'],
  [String.raw`antwortet|antworten|répond|repond|répondent|repondent|responde|responden|respondem|retorna|retornam|devuelve|devuelven|renvoie|renvoient|liefert|liefern`, 'responds'],
  [String.raw`(?:um|weiter)leitung (?:von )?http (?:auf|zu|nach) https|http-zu-https-(?:um|weiter)leitung|redirection (?:de )?http vers https|redirección (?:de )?http a https|redireccion (?:de )?http a https|redirecionamento (?:de )?http para https`, 'redirect http to https'],
  [String.raw`http (?:wird|werden) auf https (?:um|weiter)geleitet|http (?:est )?redirigée? vers https|http redirige vers https|http (?:se )?redirige a https|http (?:es )?redirigido a https|http (?:é )?redirecionado para https|http redireciona para https`, 'http is redirected to https'],
  // "HTTP leitet auf HTTPS um" (the verb's particle after its object).
  [String.raw`(?:leitet|leiten) (?:von )?(?:auf|nach|zu) https (?:um|weiter)`, 'redirects to https'],
  [String.raw`erzwungen|forcée?s?|forzad[oa]s?|forçad[oa]s?|obligatoire|obligatori[oa]|obrigatóri[oa]|obrigatori[oa]`, 'enforced'],
  [String.raw`(?:auf|nach|vers|a|para) (?=https(?![\p{L}\p{N}_:/-]))`, 'to '],
  [String.raw`(?:umgeleitet|weitergeleitet|redirigée?s?|redirigid[oa]s?|redirecionad[oa]s?)`, 'redirected'],
  [String.raw`sicherheits-?header|security-header|en-têtes de sécurité|en-tetes de securite|entêtes de sécurité|cabeceras de seguridad|encabezados de seguridad|cabeçalhos de segurança|cabecalhos de seguranca`, 'security headers'],
  [String.raw`speicher-?limits?|speicherlimiten|speicherbegrenzungen|speicherbegrenzung|arbeitsspeicher-?limits?|limites (?:de )?mémoire|limites (?:de )?memoire|límites de memoria|limites de memoria|limites de memória`, 'memory limits'],
  // (German writes the English words as one: "Restart-Policy".)
  [String.raw`neustart-?richtlinien?|neustart-?policy|restart-polic(?:y|ies)|politique de redémarrage|politique de redemarrage|política de reinicio|politica de reinicio|política de reinício|política de reinicialização|politica de reinicio`, 'restart policy'],
  [String.raw`zertifikat|certificat|certificado`, 'certificate'],
  // Response time and its bound: "Antwortzeit unter 500 ms", "Die Antwortzeit liegt unter 500 ms", "Temps de réponse inférieur à
  // 500 ms", "Tiempo de respuesta inferior a 500 ms", "Tempo de resposta abaixo de 500 ms", "Latenz unter 200 ms"; a bound only
  // before a number ("unter Last" is under load, which the English rule reads as such).
  [String.raw`antwortzeit(?:en)?|reaktionszeit(?:en)?|temps de réponse|temps de reponse|tiempos? de respuesta|tempos? de resposta`, 'response time'],
  [String.raw`latenz(?:en)?|latence|latencia|latência`, 'latency'],
  [String.raw`(?:der|de la|de l'|du|de|da|do) (?:startseite|homepage|page d'accueil|página de inicio|pagina de inicio|página inicial|pagina inicial)`, 'of the home page'],
  [String.raw`(?:in unter|unter|weniger als|höchstens|hoechstens|maximal|innerhalb(?: von)?|(?:en )?moins de|inférieure?s? à|inferieure?s? a|sous|au plus|au maximum|(?:en )?menos de|menor(?:es)? (?:a|que|de)|por debajo de|inferior(?:es)? a|como máximo|como maximo|(?:em )?menos de|abaixo de|menor(?:es)? (?:do )?que|no máximo|no maximo)(?= ?\d)`, 'under'],
  [String.raw`liegt|liegen`, 'is'],
  [String.raw`(?<=\d ?)(?:millisekunden|millisecondes?|milisegundos?|milissegundos?)`, 'ms'],
  [String.raw`(?<=\d ?)(?:sekunden?|secondes?|segundos?)`, 'seconds'],
  [String.raw`restlaufzeit|restgültigkeit|de validité restante|de validez restante|de validade restante|restants?|restantes`, 'remaining'],
  [String.raw`gültig|valide|válid[oa]|valid[oa]`, 'valid'],
  [String.raw`datenbank-port|port de la base de données|puerto de la base de datos|porta do banco de dados`, 'database port'],
  [String.raw`datenbanken|datenbank|bases? de données|bases? de datos|bancos? de dados|bases? de dados`, 'database'],
  [String.raw`öffentlich|publiquement|públicamente|publicamente`, 'publicly'],
  [String.raw`erreichbar|accessibles?|accesibles?|acessíve(?:l|is)|acessive(?:l|is)`, 'reachable'],
  [String.raw`exponiert|exposée?s?|expuest[oa]s?|expost[oa]s?`, 'exposed'],
  [String.raw`(?:aus dem|vom|von außen aus dem) internet|(?:depuis|de) l'internet|depuis internet|desde (?:el )?internet|da internet|a partir da internet`, 'from the internet'],
  [String.raw`(?:à|a|sur|en|na|ao) internet|(?:im|ins|zum) internet|à l'internet`, 'to the internet'],
  [String.raw`image-tags?|étiquettes? d'image|etiquetas? de imagen|tags? de imagen|tags? de imagem|tags? d'image`, 'image tags'],
  [String.raw`(?<=image tags )(?:fij[oa]s|fix[oa]s|fixes)`, 'pinned'],
  // Base images, the noun after or before its qualifier: "images de base", "imágenes base", "imagens base", "Basis-Images".
  [String.raw`(?:images?|imágenes|imagenes|imagens|imagem|imagen) (?:de )?base|basis-?images?|base-images?`, 'base images'],
  [String.raw`imágenes|imagens|imagem`, 'images'],
  [String.raw`conteneurs?|contenedores|contenedor|contêineres|contêiner|conteineres|conteiner`, 'containers'],
  [String.raw`(?:für|pour|para) (?:alle|jeden|chaque|tous les|toutes les|todos los|todas las|todos os|todas as|cada)`, 'for all'],
  // ("tous les" and the like already read "all" above: "Limites mémoire sur tous les services" reads "memory limits on all services".)
  [String.raw`(?:in|auf|sur|dans|en|em|nos|nas) (?:allen|tous les|toutes les|todos los|todas las|todos os|todas as)|(?:auf|sur|dans|en|em|nos|nas) all`, 'on all'],
  [String.raw`(?:mindestens|au moins|al menos|pelo menos|no mínimo)`, 'at least'],
  [String.raw`tage|jours|días|dias`, 'days'],
  [String.raw`mínimo|minimo|mínima|minima|minimale?`, 'minimum'],
  [String.raw`o superior|ou supérieur|ou superior|oder höher|oder neuer|ou plus`, 'or higher'],
  [String.raw`nur|uniquement|seulement|únicamente|unicamente|solo|sólo|somente|apenas`, 'only'],
  [String.raw`erlaubt|zugelassen|autorisée?s?|permitid[oa]s?|autorizad[oa]s?`, 'allowed'],
  // Refused outright: "Tag `latest` interdit pour les images de base", "`latest`-Tag verboten", "Etiqueta `latest` prohibida".
  [String.raw`verboten|untersagt|interdite?s?|prohibid[oa]s?|proibid[oa]s?`, 'forbidden'],
  [String.raw`gesetzt|definiert|définie?s?|definid[oa]s?`, 'set'],
  [String.raw`konfiguriert|eingerichtet|configurée?s?|configurad[oa]s?`, 'configured'],
  [String.raw`deaktiviert|abgeschaltet|ausgeschaltet|désactivée?s?|desactivad[oa]s?|deshabilitad[oa]s?|desativad[oa]s?|desabilitad[oa]s?`, 'disabled'],
  [String.raw`aktiviert|activée?s?|activad[oa]s?|habilitad[oa]s?|ativad[oa]s?`, 'enabled'],
  // Other environments, clients and activities: vetoed in English as they are ("uniquement en préproduction", "apenas em
  // homologação", "in der Mobile-App", "Schulung für das Frontend-Team").
  [String.raw`pré-?production|pre-?production|pré-?prod|pre-?prod|preproducción|preproduccion|pre-?producción|pré-?produção|pre-?producao|pré-?produção`, 'pre-production'],
  [String.raw`(?:en |sur l'environnement de |environnement de |na |em |no ambiente de |ambiente de |en el entorno de |entorno de )?(?:recette|homologação|homologacao|homologación|homologacion)|staging-umgebung|testumgebung|environnement de test|entorno de pruebas|ambiente de testes?`, 'on staging'],
  [String.raw`mobile-?apps?|app mobile|application mobile|appli mobile|aplicación móvil|aplicacion movil|app móvil|app movil|aplicativo móvel|aplicativo movel|app móvel|app movel`, 'mobile app'],
  [String.raw`site institucional|sitio institucional|site vitrine|site corporativo|sitio corporativo`, 'marketing site'],
  [String.raw`schulung(?:en)?|formation|formación|formacion|capacitación|capacitacion|treinamento|formação|formacao`, 'training'],
  // Knowledge, observation and review: vetoed in English as they are.
  [String.raw`dokumentiert|documentée?s?|documentad[oa]s?`, 'documented'],
  [String.raw`überwacht|ueberwacht|surveillée?s?|supervisée?s?|monitorizad[oa]s?|monitoread[oa]s?|monitorad[oa]s?`, 'monitored'],
  [String.raw`(?:über)?prüfen|(?:über)?geprüft|vérifiée?s?|revisad[oa]s?|verificad[oa]s?|examinée?s?|revue?s?|(?:à |a )?(?:revoir|réviser|reviser|vérifier)|(?:por |a )?revisar|(?:a )?rever|überarbeiten`, 'reviewed'],
  [String.raw`später|spaeter|plus tard|más tarde|más adelante|mas adelante|mais tarde|mais adiante`, 'later'],
  // The version alone, after "versión fija" and the like above ("El encabezado Server no revela la versión").
  [String.raw`versión|versão|versao`, 'version'],
  // Small words.
  [String.raw`und|et|y`, 'and'],
  [String.raw`oder|ou`, 'or'],
  [String.raw`für|pour|para|pendant|durant|durante|während`, 'for'],
  // "Certificado válido por pelo menos 30 dias", "… por al menos 30 días", "… por 30 días": a duration ("por defecto", "por padrão"
  // are read above; "por" elsewhere is "by", left as written).
  [String.raw`por(?= (?:at least|minimum|\d))`, 'for'],
  [String.raw`mit|avec|con|com`, 'with'],
  [String.raw`vers`, 'to'],
  [String.raw`alle|tous|toutes|todos|todas`, 'all'],
  [String.raw`wird|ist|est|es|está|é`, 'is'],
  [String.raw`werden|sind|sont|son|están|são`, 'are'],
  [String.raw`im|in der|in den|dans le|dans la|dans les|en el|en la|en los|en las`, 'in the'],
  [String.raw`en`, 'in'],
  [String.raw`el|la|los|las|le|les|der|die|das|den|dem`, 'the'],
  [String.raw`l'`, 'the '],
];

const WORDS = VOCABULARY.map(([from, to]) => [new RegExp(from.startsWith('^') ? `${from}${E}` : `${B}(?:${from})${E}`, 'gu'), to] as const);

/**
 * Words that say the item is German, French, Spanish or Portuguese (not English): read in English only then. A word
 * both languages have (`image`, `container`, `code`) never decides; one only they have decides even without an accent
 * ("Datenbank", "erreichbar", "expuesta": "No expuesta a internet", a heading "## Datenbank").
 */
const FOREIGN = new RegExp(`${B}(?:certificat|zertifikat|antwortzeit(?:en)?|reaktionszeit(?:en)?|latenz(?:en)?|respuesta|resposta|tiempos?|unter|nuestr[oa]s|noss[oa]s|unsere[nmrs]?|fichiers?|archivos?|ficheros?|arquivos?|imagens|tls-zertifikat|valide|gültig|mindestens|haben|conteneurs?|contenedor(?:es)?|dienste?|jede[rsn]?|speicherlimits?|verrät|anfragen|peticiones|kein(?:e|en|em|er|es)?|nicht|ist|und|oder|qualquer|cualquier(?:a)?|für|wird|werden|sind|im|der|das|mit|auf|aucune?|pas|sans|avec|dans|pour|vers|les|des|une?|est|sont|le|la|ningún|ninguna|sin|con|en|el|los|las|para|hay|está|nenhum(?:a)?|não|nao|sem|em|ao|é|são|de|o superior|ou superior|oder höher|redirige|redireciona|umgeleitet|weitergeleitet|solo|nur|gesetzt|neustart-?richtlinien?|pendant|durante|etiqueta|usar|utiliser|versión|deshabilitad[oa]s?|desactivad[oa]s?|desativad[oa]s?|desabilitad[oa]s?|habilitad[oa]s?|activad[oa]s?|ativad[oa]s?|configurad[oa]s?|deaktiviert|aktiviert|konfiguriert|erzwungen|forzad[oa]s?|antwortet|responde|respondem|retorna|répond|fij[oa]s?|fix[oa]s|versiones|obligatoire|obligatori[oa]|uniquement|seulement|únicamente|unicamente|somente|apenas|obrigatóri[oa]|por defecto|par défaut|padrão|padrao|standard-?(?:passwörter|passwort|kennwörter|kennwort|zugangsdaten)|senhas?|contraseñas?|datenbank(?:en)?|erreichbar|exponiert|expuest[oa]s?|expost[oa]s?|accesibles?|ursprung|urspruenge|herkunft|verboten|untersagt|interdite?s?|prohibid[oa]s?|proibid[oa]s?|konfiguration(?:en)?|konfigurations-?dateie?n?|configuracion(?:es)?|configuracao|configuracoes|basis-?images?)${E}`, 'u');

/**
 * The checks whose promises the vocabulary reads. Others (debug mode, non-root, HSTS…) have rules of their own in these
 * languages, which the item as written already met or missed on purpose.
 */
export const READ_IN_ENGLISH = new Set(['certificate', 'cookie-flags', 'cookie-security', 'dockerfile-secrets-in-env', 'production-server', 'server-version-leak', 'cors-policy', 'cors-wildcard', 'database-port-exposed', 'default-credentials', 'env-file-committed', 'hardcoded-secret', 'health-endpoint', 'https-redirect', 'image-tag-pinned', 'resource-limits', 'response-time', 'restart-policy', 'security-headers', 'tls-protocols-config', 'tls-version']);

/**
 * In a Portuguese item "no", "na", "nos" and "nas" are "em" and the article, "in the", never a negation (Portuguese says "não",
 * "sem", "nenhum"): "Qualquer origem permitida no CORS" grants any origin in CORS. Except before the words the vocabulary reads
 * with them ("no repositório", "no código", "no mínimo", "no ambiente de homologação", "no primeiro login", "na internet",
 * "nos todos os").
 */
const PORTUGUESE_IN_THE = new RegExp(String.raw`${B}n(?:o|a|os|as) (?!(?:repositório|repositorio|repo|código|codigo|mínimo|minimo|ambiente|primeiro|primeira|internet|todos|todas)${E})`, 'gu');

/**
 * `text` (lower-cased, markup-free) read in English, or undefined when it is no German, French, Spanish or Portuguese.
 * `portuguese`: the item is Portuguese (its "no" is "in the").
 */
export function inEnglish(text: string, portuguese = false): string | undefined {
  if (!FOREIGN.test(text) && !/[à-öø-ÿ]/.test(text)) return undefined;
  // "`.env`-Dateien": the file names before the word for files.
  let out = (portuguese ? text.replace(PORTUGUESE_IN_THE, 'in the ') : text).replace(/(?<=\S)-(?=dateien?(?![\p{L}]))/gu, ' ')
    // German word order: "CORS auf unsere Domains beschränkt" reads "CORS beschränkt auf unsere Domains", "Das Zertifikat ist
    // mindestens 30 Tage gültig" "… gültig für mindestens 30 Tage", "Zertifikat läuft frühestens in 30 Tagen ab" "… expires in at
    // least 30 days".
    .replace(/(?<![\p{L}])auf ([^,;()]+?) (beschränkt|eingeschränkt|begrenzt)(?![\p{L}])/u, '$2 auf $1')
    .replace(/(?<![\p{L}])(?:(noch) )?(mindestens|wenigstens) (\d{1,4}) (tage|wochen|monate) (gültig|gueltig)(?![\p{L}])/u, (_m, still: string | undefined, _least: string, n: string, unit: string) => `gültig für mindestens ${n} ${unit}${still ? ' remaining' : ''}`)
    .replace(/(?<![\p{L}])läuft (?:frühestens|fruehestens|erst|nicht vor) (?:in )?(\d{1,4}) (tagen|wochen|monaten) ab(?![\p{L}])/u, (_m, n: string, unit: string) => `expires in at least ${n} ${{ tagen: 'days', wochen: 'weeks', monaten: 'months' }[unit]}`);
  // A phrase that ends in an apostrophe ("pas d'", "l'") leaves a space before the next word ("l'équipe" reads "the équipe").
  for (const [re, to] of WORDS) out = out.replace(re, (m) => (m.endsWith("'") && !to.endsWith(' ') ? `${to} ` : to));
  out = out
    .replace(/ {2,}/g, ' ')
    // English word order: "fichier .env" / "archivos .env" → ".env files", "certificado TLS" → "TLS certificate".
    .replace(/\bfiles (\.env[\w.-]*)/g, '$1 files')
    .replace(/\bcertificate (tls|ssl|https)\b/g, '$1 certificate')
    // "Imágenes Docker" → "Docker images", "contenedores Docker" → "Docker containers"; "contraseñas por defecto" → "default passwords".
    .replace(/\b(images?|containers?|image tags?) docker\b/g, 'docker $1')
    .replace(/\b(passwords?|credentials?|accounts?|users?|logins?|secrets?|keys?) default\b/g, 'default $1')
    .trim();
  return out === text ? undefined : out;
}
