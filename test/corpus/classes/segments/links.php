<?php
$all = implode("/", [$api, "groups", $groupId, "privateEndpoint"]);
