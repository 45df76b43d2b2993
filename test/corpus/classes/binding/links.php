<?php
$links = "$base/groups/$groupId/privateEndpoint";
$one = $links . "/" . $linkId;
