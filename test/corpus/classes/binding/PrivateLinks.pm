package Infra::Atlas::PrivateLinks;
use strict;
use warnings;
use HTTP::Request::Common qw(GET DELETE POST);
use JSON::PP qw(decode_json encode_json);

use constant API_ROOT => 'https://cloud.mongodb.com/api/atlas/v1.0';

sub new {
    my ($class, %args) = @_;
    return bless { group_id => $args{group_id}, ua => $args{ua} }, $class;
}

sub _links_base {
    my ($self) = @_;
    return sprintf '%s/groups/%s/privateEndpoint', API_ROOT, $self->{group_id};
}

sub _services_base {
    my ($self, $provider) = @_;
    return sprintf '%s/groups/%s/privateEndpoint/%s/endpointService', API_ROOT, $self->{group_id}, $provider;
}

sub connection {
    my ($self, $link_id) = @_;
    return decode_json($self->{ua}->request(GET $self->_links_base . "/$link_id")->decoded_content);
}

sub remove {
    my ($self, $link_id) = @_;
    return $self->{ua}->request(DELETE join('/', $self->_links_base, $link_id));
}

sub services {
    my ($self, $provider) = @_;
    return decode_json($self->{ua}->request(GET $self->_services_base($provider))->decoded_content);
}

sub service {
    my ($self, $provider, $id) = @_;
    return $self->{ua}->request(GET $self->_services_base($provider) . "/$id");
}

1;
